package io.dmconnect.common.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaNamesTest {
    /** Avro 1.11 specification, "Names": fullname = dotted names, each [A-Za-z_][A-Za-z0-9_]*. */
    private static final Pattern AVRO_FULL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern AVRO_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "up1.shop-db.order$s        | up1.shop_db.order_s",
            "up1.shop.orders.Value      | up1.shop.orders.Value",
            "1up.db.t                   | _1up.db.t",
            "up1..t                     | up1._.t",
            ".lead                      | _.lead",
            "trail.                     | trail._",
            "db.表                       | db._",
            "a b.c-d.e:f                | a_b.c_d.e_f",
            "_ok._9                     | _ok._9",
            "x.9lives                   | x._9lives",
    })
    void adjustsFullNamesPartByPart(String name, String expected) {
        assertThat(SchemaNames.adjust(name)).isEqualTo(expected);
        assertThat(AVRO_FULL_NAME.matcher(SchemaNames.adjust(name)).matches()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "my.db     | my_db",
            "order$s   | order_s",
            "2024_logs | _2024_logs",
            "ok        | ok",
            "''        | _",
            "列         | _",
    })
    void partsNeverContainDots(String component, String expected) {
        assertThat(SchemaNames.part(component)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "id,name,email          | id,name,email",
            "a-b,a_b,A_B            | a_b,a_b_2,A_B_3",
            "1st,_1st               | _1st,_1st_2",
            "x y,x y,x_y_2          | x_y,x_y_2,x_y_2_2",
    })
    void fieldNamesAreUniqueCaseInsensitively(String columns, String expected) {
        assertThat(SchemaNames.fieldNames(List.of(columns.split(",")))).containsExactly(expected.split(","));
    }

    @Property
    void adjustAlwaysGivesAValidAvroFullName(@ForAll String name) {
        assertThat(AVRO_FULL_NAME.matcher(SchemaNames.adjust(name)).matches()).isTrue();
        assertThat(SchemaNames.isValidFullName(SchemaNames.adjust(name))).isTrue();
    }

    @Property
    void fieldNamesAreValidAvroNames(@ForAll String column) {
        assertThat(AVRO_NAME.matcher(SchemaNames.fieldName(column)).matches()).isTrue();
        assertThat(SchemaNames.isValidSimpleName(SchemaNames.fieldName(column))).isTrue();
    }

    @Property
    void validNamesAreKept(@ForAll("validNames") String name) {
        assertThat(SchemaNames.adjust(name)).isEqualTo(name);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> validNames() {
        net.jqwik.api.Arbitrary<String> part = net.jqwik.api.Arbitraries.strings().withCharRange('a', 'z')
                .withCharRange('A', 'Z').withCharRange('0', '9').withChars('_').ofMinLength(0).ofMaxLength(8)
                .map(s -> "_" + s);
        return part.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join(".", parts));
    }
}
