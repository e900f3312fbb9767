package io.dmconnect.common.record;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinlogFilesTest {

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
            "mysql-bin.000009, mysql-bin.000010, -1",
            "mysql-bin.000010, mysql-bin.000009, 1",
            "mysql-bin.000010, mysql-bin.000010, 0",
            "mysql-bin.999999, mysql-bin.1000000, -1",
            "mysql-bin.000010, other-bin.000009, -1",
            "mysql-bin.00001a, mysql-bin.000010, 1",
            "mysql-bin., mysql-bin.000001, -1",
            "nodot, nodot, 0",
    })
    void suffixesCompareAsNumbers(String a, String b, int sign) {
        assertThat(Integer.signum(BinlogFiles.compare(a, b))).isEqualTo(sign);
        assertThat(Integer.signum(BinlogFiles.compare(b, a))).isEqualTo(-sign);
    }

    @Property
    void sameOrderAsTheSubstringVersion(@ForAll("names") String a, @ForAll("names") String b) {
        assertThat(Integer.signum(BinlogFiles.compare(a, b))).isEqualTo(Integer.signum(reference(a, b)));
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> prefix = Arbitraries.of("mysql-bin", "mariadb-bin", "a.b", "", "bin");
        Arbitrary<String> suffix = Arbitraries.oneOf(Arbitraries.strings().numeric().ofMaxLength(18),
                Arbitraries.strings().withChars("0123456789x.").ofMaxLength(6));
        return Arbitraries.oneOf(prefix.flatMap(p -> suffix.map(s -> p + "." + s)), Arbitraries.strings().ofMaxLength(8));
    }

    /** The former implementation (substrings and streams), kept to pin the order. */
    private static int reference(String a, String b) {
        int dotA = a.lastIndexOf('.');
        int dotB = b.lastIndexOf('.');
        if (dotA >= 0 && dotB >= 0 && a.substring(0, dotA).equals(b.substring(0, dotB))) {
            String na = a.substring(dotA + 1);
            String nb = b.substring(dotB + 1);
            if (!na.isEmpty() && !nb.isEmpty() && na.chars().allMatch(Character::isDigit) && nb.chars().allMatch(Character::isDigit)) {
                return Long.compare(Long.parseLong(na), Long.parseLong(nb));
            }
        }
        return a.compareTo(b);
    }
}
