package io.dmconnect.sink.tidb.dml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** batch.size counts row changes per transaction (DM's batch counts jobs); merging stays inside a transaction. */
class BatcherTest {
    private static final String T = "CREATE TABLE t (id INT PRIMARY KEY, v INT)";
    private static final String FIVE = "I id=1,v=1 ; I id=2,v=2 ; !U id=2,v=2 > id=3,v=2 ; I id=4,v=4 ; I id=5,v=5";

    @ParameterizedTest(name = "[{index}] batch={0} multiple.rows={1}")
    @CsvSource(delimiter = '|', value = {
            // batch size | multiple rows | jobs per batch | statements per batch
            "1   | false | 1,1,1,1,1 | 1,1,2,1,1",
            "2   | false | 2,2,1     | 2,3,1",
            "2   | true  | 2,2,1     | 1,3,1",
            "100 | false | 5         | 6",
            // INSERT,INSERT merge; the safe UPDATE gives DELETE + REPLACE; the last two INSERTs merge
            "100 | true  | 5         | 4",
    })
    void transactionsHoldAtMostBatchSizeChanges(int batchSize, boolean multipleRows, String jobs,
            String statements) {
        List<Batch> batches = new Batcher(new DmlBuilder(), batchSize, multipleRows).batches(Jobs.parse(T, FIVE));

        assertThat(batches).extracting(b -> b.jobs().size()).map(String::valueOf)
                .containsExactly(jobs.split(","));
        assertThat(batches).extracting(b -> b.statements().size()).map(String::valueOf)
                .containsExactly(statements.split(","));
    }

    @Test
    void batchesKeepTheJobsInOrder() {
        List<DmlJob> jobs = Jobs.parse(T, FIVE);

        List<Batch> batches = new Batcher(new DmlBuilder(), 2, true).batches(jobs);

        assertThat(batches.stream().flatMap(b -> b.jobs().stream()).toList()).isEqualTo(jobs);
        assertThat(batches.get(0).statements()).extracting(Statement::sql)
                .containsExactly("INSERT INTO `db`.`t` (`id`,`v`) VALUES (?,?),(?,?)");
    }

    @Test
    void builtFromTheConfiguration() {
        Batcher batcher = Batcher.of(new DmlConfig(4, 3, true, false));

        assertThat(batcher.batches(Jobs.parse(T, FIVE))).extracting(b -> b.jobs().size()).containsExactly(3, 2);
        assertThat(batcher.batches(List.of())).isEmpty();
        assertThatThrownBy(() -> new Batcher(new DmlBuilder(), 0, false)).hasMessageContaining("at least 1");
    }
}
