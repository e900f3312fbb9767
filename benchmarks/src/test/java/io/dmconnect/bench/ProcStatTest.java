package io.dmconnect.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcStatTest {
    /** Fields 3..13 (state .. cmajflt), then utime, stime, cutime, cstime, then a few more. */
    private static String line(String comm, long utime, long stime) {
        return "4242 (" + comm + ") S 1 4242 4242 0 -1 4194560 9000 0 12 0 " + utime + " " + stime
                + " 33 5 20 0 57 0 1234567 3000000000 120000 18446744073709551615";
    }

    @ParameterizedTest(name = "comm {0}")
    @CsvSource(delimiter = '|', value = {
        "java|1500|250",
        "mariadbd|7|0",
        // the command name may hold spaces and parentheses: fields count from the last ')'
        "my (weird) name|31|4",
        "a) S 1 2 3 4 5 6 7 8 9 10 11 12|99|1",
    })
    void utimeAndStimeAreFields14And15(String comm, long utime, long stime) {
        ProcStat stat = ProcStat.parse(line(comm, utime, stime));
        assertThat(stat).isEqualTo(new ProcStat(utime, stime, 33, 5));
        assertThat(stat.totalTicks()).isEqualTo(utime + stime);
        assertThat(stat.childTicks()).isEqualTo(38);
    }

    @Test
    void theRealLineOfThisJvmParses() throws Exception {
        String self = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
        assertThat(ProcStat.parse(self).totalTicks()).isNotNegative();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4242 java S 1 2|no command name in parentheses",
        "4242 (java) S 1 2 3|fields after the command name, fewer than 15",
        "4242 (java) S 1 4242 4242 0 -1 4194560 9000 0 12 0 x 250 0 0 0|are not numbers",
        "4242 (java) S 1 4242 4242 0 -1 4194560 9000 0 12 0 1 250 x 0 0|are not numbers",
    })
    void aLineThatIsNotAStatLineIsRejected(String line, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> ProcStat.parse(line)).withMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({"0, 100, 0", "1, 100, 10", "150, 100, 1500", "7, 1000, 7", "3, 300, 10"})
    void ticksBecomeMilliseconds(long ticks, long perSecond, long millis) {
        assertThat(ProcessCpu.ticksToDuration(ticks, perSecond)).isEqualTo(Duration.ofMillis(millis));
    }
}
