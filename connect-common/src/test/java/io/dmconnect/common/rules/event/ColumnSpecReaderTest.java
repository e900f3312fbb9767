package io.dmconnect.common.rules.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.rules.event.ColumnSpec.DefaultValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnSpecReaderTest {

    private static ColumnSpec read(String definition) {
        return ColumnSpecReader.read(SqlTokenizer.tokenize(definition));
    }

    /** name | type | args | unsigned | charset | collation | default | auto_increment | constraint | position. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "c INT                                        | c | int               | []        | false | -       | -      | -                   | false | false | NONE",
            "`c x` int(10) unsigned zerofill NOT NULL      | c x | int           | [10]      | true  | -       | -      | -                   | false | false | NONE",
            "c DOUBLE PRECISION(10,2) SIGNED              | c | double precision  | [10, 2]   | false | -       | -      | -                   | false | false | NONE",
            "c national varchar(5)                        | c | national varchar  | [5]       | false | -       | -      | -                   | false | false | NONE",
            "c character varying(5) CHARACTER SET latin1  | c | character varying | [5]       | false | latin1  | -      | -                   | false | false | NONE",
            "c varchar(5) CHARSET utf8mb4 COLLATE utf8mb4_bin | c | varchar       | [5]       | false | utf8mb4 | utf8mb4_bin | -              | false | false | NONE",
            "c long varchar                               | c | long varchar      | []        | false | -       | -      | -                   | false | false | NONE",
            "c enum('a','b,c','it''s') DEFAULT 'a'        | c | enum              | [a, b,c, it's] | false | - | -     | STRING:a            | false | false | NONE",
            "c int DEFAULT -1 AUTO_INCREMENT              | c | int               | []        | false | -       | -      | NUMBER:-1           | true  | false | NONE",
            "c int DEFAULT NULL FIRST                     | c | int               | []        | false | -       | -      | NULL:-              | false | false | FIRST",
            "c datetime(3) DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3) AFTER b | c | datetime | [3] | false | - | - | EXPRESSION:current_timestamp(3) | false | false | AFTER",
            "c int DEFAULT (1 + 1) COMMENT 'x'            | c | int               | []        | false | -       | -      | EXPRESSION:(1+1)    | false | false | NONE",
            "c int GENERATED ALWAYS AS (a + 1) VIRTUAL    | c | int               | []        | false | -       | -      | -                   | false | false | NONE",
            "c int PRIMARY KEY                            | c | int               | []        | false | -       | -      | -                   | false | true  | NONE",
            "c int REFERENCES p (id) ON UPDATE CASCADE    | c | int               | []        | false | -       | -      | -                   | false | true  | NONE",
            "c varchar(3) DEFAULT 'a' 'b' ASCII           | c | varchar           | [3]       | false | latin1  | -      | STRING:ab           | false | false | NONE",
            "c bool DEFAULT TRUE                          | c | bool              | []        | false | -       | -      | NUMBER:1            | false | false | NONE",
            "c char(2) BINARY                             | c | char              | [2]       | false | -       | -      | -                   | false | false | NONE",
    })
    void readsDefinitions(String definition, String name, String type, String args, boolean unsigned, String charset,
                          String collation, String defaultValue, boolean autoIncrement, boolean constraint,
                          ColumnSpec.Position position) {
        ColumnSpec spec = read(definition);

        assertThat(spec.name()).isEqualTo(name);
        assertThat(spec.typeName()).isEqualTo(type);
        assertThat(spec.typeArgs().toString()).isEqualTo(args);
        assertThat(spec.unsigned()).isEqualTo(unsigned);
        assertThat(spec.charset()).isEqualTo(charset);
        assertThat(spec.collation()).isEqualTo(collation);
        assertThat(render(spec.defaultValue())).isEqualTo(defaultValue);
        assertThat(spec.autoIncrement()).isEqualTo(autoIncrement);
        assertThat(spec.declaresConstraint()).isEqualTo(constraint);
        assertThat(spec.position()).isEqualTo(position);
    }

    private static String render(DefaultValue value) {
        return value == null ? null : value.kind() + ":" + (value.text() == null ? "-" : value.text());
    }

    @ParameterizedTest
    @CsvSource({"c char(2) BINARY, true", "c binary(2), false"})
    void tellsTheBinaryAttributeFromTheBinaryType(String definition, boolean attribute) {
        assertThat(read(definition).binaryAttribute()).isEqualTo(attribute);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "c", "c (", "'c' int", "c int DEFAULT"})
    void rejectsDefinitionsWithoutNameOrType(String definition) {
        assertThatThrownBy(() -> read(definition)).isInstanceOf(IllegalArgumentException.class);
    }
}
