package io.dmconnect.sink.tidb.dml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.schema.TableSchema;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DM's IsIdentityUpdated / IsPrimaryOrUniqueKeyUpdated (reduce.go) and the record's invariants. */
class RowChangeTest {
    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
            // table | update | identity updated | PK or UK updated
            Tables.PK_UK + "    | U id=1,u=2,v='a' > id=1,u=2,v='b'       | false | false",
            Tables.PK_UK + "    | U id=1,u=2,v='a' > id=9,u=2,v='a'       | true  | true",
            Tables.PK_UK + "    | U id=1,u=2,v='a' > id=1,u=3,v='a'       | false | true",
            Tables.PK_UK + "    | U id=1,u=null,v='a' > id=1,u=3,v='a'    | false | true",
            Tables.PK_UK + "    | U id=1,u=null,v='a' > id=1,u=null,v='b' | false | false",
            Tables.COMPOSITE + "| U a=1,b='x',v=1 > a=1,b='y',v=1         | true  | true",
            Tables.NN_UK + "    | U u=1,v=1 > u=1,v=2                     | false | false",
            Tables.NN_UK + "    | U u=1,v=1 > u=2,v=1                     | true  | true",
            // without a PK / NOT NULL unique key DM compares every value
            Tables.NULL_UKS + " | U x=1,y=2,v=1 > x=1,y=2,v=5             | true  | true",
            Tables.KEYLESS + "  | U a=1,b='x' > a=1,b='x'                 | false | false",
            Tables.KEYLESS + "  | U a=1,b='x' > a=1,b='y'                 | true  | true",
            // ... the columns the target lacks included (DM compares source rows)
            Tables.KEYLESS + "  | U a=1,b='x',gone=1 > a=1,b='x',gone=2   | true  | true",
            Tables.PK_UK + "    | U id=1,u=2,gone=1 > id=1,u=2,gone=2     | false | false",
            // values compare as values, not as Java types
            "CREATE TABLE t (id BIGINT UNSIGNED PRIMARY KEY, d DECIMAL(5,2)) | U id=1,d=1.5 > id=1,d=1.50 | false | false",
    })
    void keyChangesAsDm(String table, String update, boolean identity, boolean uniqueKey) {
        RowChange change = Tables.change(table, update);

        assertThat(change.identityUpdated()).isEqualTo(identity);
        assertThat(change.uniqueKeyUpdated()).isEqualTo(uniqueKey);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"I id=1", "D id=1"})
    void onlyUpdatesUpdateKeys(String spec) {
        RowChange change = Tables.change(Tables.PK_UK, spec);

        assertThat(change.identityUpdated()).isFalse();
        assertThat(change.uniqueKeyUpdated()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "INSERT |          | id=1 | true",
            "INSERT | id=1     |      | false",
            "UPDATE | id=1     |      | false",
            "UPDATE |          | id=1 | false",
            "DELETE |          | id=1 | false",
            "DELETE | id=1     |      | true",
    })
    void imagesMustFitTheOperation(RowChange.Op op, String before, String after, boolean valid) {
        TableSchema schema = Tables.schema(Tables.PK_UK);
        Runnable create = () -> new RowChange(schema.id(), op, Tables.row(before), Tables.row(after), schema, 1);

        if (valid) {
            create.run();
        } else {
            assertThatThrownBy(create::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(op.name());
        }
    }

    @Test
    void imagesAreCopiedKeepingOrderAndNulls() {
        Map<String, Object> image = new HashMap<>();
        image.put("id", 1L);
        image.put("u", null);
        RowChange change = RowChange.insert(Tables.schema(Tables.PK_UK), image, 42);
        image.put("v", "later");

        assertThat(change.after()).containsOnlyKeys("id", "u").containsEntry("u", null);
        assertThat(change.seq()).isEqualTo(42);
        assertThat(change.current()).isSameAs(change.after());
        assertThatThrownBy(() -> change.after().put("v", "x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
