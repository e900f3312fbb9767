package io.dmconnect.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MachineFactsTest {

    @Test
    void theFirstModelNameOfCpuinfo() {
        String cpuinfo = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\n\nprocessor\t: 1\n"
                + "model name\t: AMD EPYC 7B13\n";
        assertThat(MachineFacts.cpuModel(cpuinfo)).isEqualTo("AMD EPYC 7B13");
        assertThat(MachineFacts.cpuModel("processor\t: 0\n")).isEqualTo("unknown");
    }

    @Test
    void memTotalInKilobytes() {
        assertThat(MachineFacts.memTotalKb("MemTotal:       24684100 kB\nMemFree:         1 kB\n")).isEqualTo(24_684_100L);
        assertThat(MachineFacts.memTotalKb("MemFree: 1 kB\n")).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.52 1.10 1.31 2/345 6789|0.52 1.10 1.31", "'  2.38 1.89 3.06 1/1 1  '|2.38 1.89 3.06",
        "garbage|unknown"})
    void theThreeLoadAverages(String loadavg, String expected) {
        assertThat(MachineFacts.loadAverage(loadavg)).isEqualTo(expected);
    }

    @Test
    void theFileEndsWithANewline() {
        assertThat(MachineFacts.loadAverage("2.38 1.89 3.06 1/1 1\n")).isEqualTo("2.38 1.89 3.06");
    }

    @Test
    void thisMachineIsDescribed() {
        MachineFacts facts = MachineFacts.read();
        assertThat(facts.logicalCpus()).isPositive();
        assertThat(facts.memTotalMb()).isPositive();
        assertThat(facts.java()).contains(System.getProperty("java.runtime.version"));
    }
}
