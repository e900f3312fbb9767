package io.dmconnect.sink.tidb.dml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conflict detection over 4 workers. To make rows readable the tests hash an identity key to its first integer
 * value, so the row with id=6 belongs to worker 6 % 4 = 2; the real hash (CRC-32) is pinned separately.
 */
class CausalityTest {
    private static final Pattern FIRST_NUMBER = Pattern.compile("n(-?\\d+);");

    private static long byFirstNumber(String identityKey) {
        Matcher m = FIRST_NUMBER.matcher(identityKey);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
            // table | changes (o: = table db.o) | outcome per change: worker, or "held->wanted" for a conflict
            // the changes of one row stay on its worker
            Tables.PK_UK + " | I id=1,u=1 ; U id=1,u=1 > id=1,u=2 ; D id=1,u=2      | 1 ; 1 ; 1",
            // unrelated rows spread over the workers, without waiting
            Tables.PK_UK + " | I id=1,u=1 ; I id=2,u=2 ; I id=3,u=3 ; I id=6,u=4    | 1 ; 2 ; 3 ; 2",
            // unique-value swap: row 2 takes u=5, which row 1 (worker 1) just freed: drain first
            Tables.PK_UK + " | U id=1,u=5 > id=1,u=6 ; U id=2,u=7 > id=2,u=5         | 1 ; 1->2",
            // ... unless both rows live on the same worker, which applies them in order anyway
            Tables.PK_UK + " | U id=1,u=5 > id=1,u=6 ; U id=5,u=7 > id=5,u=5         | 1 ; 1",
            // a freed value taken through DELETE then INSERT
            Tables.PK_UK + " | D id=1,u=5 ; I id=2,u=5                               | 1 ; 1->2",
            // a primary key change: the row moves to the worker of its new identity after a drain
            Tables.PK_UK + " | I id=1,u=null ; U id=1,u=null > id=2,u=null ; D id=2,u=null | 1 ; 1->2 ; 2",
            // after the drain the window holds only what came since: row 5 (worker 1) goes on without waiting
            Tables.PK_UK + " | I id=1,u=3 ; D id=1,u=3 ; I id=2,u=3 ; I id=5,u=4    | 1 ; 1 ; 1->2 ; 1",
            // NULL unique values never conflict (MySQL allows many NULLs in a unique index)
            Tables.PK_UK + " | I id=1,u=null ; I id=2,u=null ; D id=1,u=null         | 1 ; 2 ; 1",
            // equal key values in two tables are unrelated
            Tables.PK_UK + " | I id=1,u=9 ; o:I id=2,u=9 ; o:D id=2,u=9               | 1 ; 2 ; 2",
            // a DELETE goes by its before image
            Tables.PK_UK + " | I id=3,u=1 ; D id=3,u=1                               | 3 ; 3",
            // composite key
            Tables.COMPOSITE + " | I a=1,b='x',v=1 ; I a=2,b='x',v=1 ; U a=1,b='x',v=1 > a=1,b='x',v=2 | 1 ; 2 ; 1",
            // without any key the whole row is the key: an UPDATE moves the row to its new image's worker
            Tables.KEYLESS + " | I a=1,b='x' ; D a=1,b='x' ; I a=1,b='x' ; U a=1,b='x' > a=2,b='x' | 1 ; 1 ; 1 ; 1->2",
            // nullable unique keys: the first key with values is the identity; a key gaining a value links rows
            Tables.NULL_UKS + " | I x=1,y=null,v=0 ; U x=1,y=null,v=0 > x=1,y=2,v=0 ; D x=1,y=2,v=0 ; I x=null,y=2,v=5 | 1 ; 1 ; 1 ; 1->2",
            Tables.NULL_UKS + " | I x=null,y=2,v=0 ; D x=null,y=2,v=0 ; I x=3,y=2,v=0   | 2 ; 2 ; 2->3",
    })
    void changesSharingAKeyStayInOrderOnOneWorker(String table, String changes, String outcomes) {
        Causality causality = new Causality(4, CausalityTest::byFirstNumber);
        List<String> actual = new ArrayList<>();
        for (DmlJob job : Jobs.parse(table, changes)) {
            Assignment a = causality.assign(job.change());
            if (a instanceof Assignment.Conflict c) {
                causality.reset(); // the caller drained every worker
                Assignment retry = causality.assign(job.change());
                assertThat(retry).isEqualTo(new Assignment.Worker(c.wanted()));
                actual.add(c.heldBy() + "->" + c.wanted());
            } else {
                actual.add(String.valueOf(((Assignment.Worker) a).index()));
            }
        }
        assertThat(String.join(" ; ", actual)).isEqualTo(outcomes.trim());
    }

    @Test
    void aConflictRecordsNothing() {
        Causality causality = new Causality(4, CausalityTest::byFirstNumber);
        causality.assign(Tables.change(Tables.PK_UK, "D id=1,u=5"));
        int held = causality.heldKeys();

        Assignment conflict = causality.assign(Tables.change(Tables.PK_UK, "I id=2,u=5"));

        assertThat(conflict).isInstanceOf(Assignment.Conflict.class);
        assertThat(((Assignment.Conflict) conflict).key()).isEqualTo("`db`.`t`|`u`|n5;");
        assertThat(causality.heldKeys()).isEqualTo(held);
        // without the drain the change still conflicts
        assertThat(causality.assign(Tables.change(Tables.PK_UK, "I id=2,u=5"))).isEqualTo(conflict);
    }

    @Test
    void oneWorkerNeverConflicts() {
        Causality causality = new Causality(1);
        for (DmlJob job : Jobs.parse(Tables.PK_UK, "D id=1,u=5 ; I id=2,u=5 ; U id=2,u=5 > id=3,u=5")) {
            assertThat(causality.assign(job.change())).isEqualTo(new Assignment.Worker(0));
        }
        assertThat(causality.workerCount()).isEqualTo(1);
        assertThatThrownBy(() -> new Causality(0)).hasMessageContaining("at least 1");
    }

    @ParameterizedTest(name = "[{index}] {0} on {1} workers")
    @CsvSource(delimiterString = "&&", value = {
            // the worker is CRC-32 (IEEE) of the UTF-8 identity key, modulo worker.count: pinned for restarts
            "I id=1,u=2,v='a'       && 16 && `db`.`t`|`id`|n1;",
            "D id=1,u=2,v='a'       && 7  && `db`.`t`|`id`|n1;",
            "U id=1 > id=70,u=2     && 16 && `db`.`t`|`id`|n70;",
    })
    void theWorkerIsAFixedFunctionOfTheIdentity(String change, int workers, String identityKey) {
        CRC32 crc = new CRC32();
        crc.update(identityKey.getBytes(StandardCharsets.UTF_8));

        assertThat(new Causality(workers).workerOf(Tables.change(Tables.PK_UK, change)))
                .isEqualTo((int) (crc.getValue() % workers));
    }

    @Test
    void theWorkerDoesNotDependOnHistoryOrBatches() {
        List<DmlJob> jobs = PipelineModelTest.history(new Random(7), new java.util.TreeMap<>(), 200, false);
        Causality reference = new Causality(8);
        List<Integer> expected = jobs.stream().map(j -> reference.workerOf(j.change())).toList();

        for (int round = 0; round < 3; round++) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(round));
            Causality causality = new Causality(8);
            for (int i : order) {
                Assignment a = causality.assign(jobs.get(i).change());
                if (a instanceof Assignment.Conflict) {
                    causality.reset();
                    a = causality.assign(jobs.get(i).change());
                }
                assertThat(((Assignment.Worker) a).index()).isEqualTo(expected.get(i));
            }
        }
    }

    @ParameterizedTest(name = "[{index}] {0} = {1}")
    @CsvSource(delimiter = '|', value = {
            // a _ci collation compares case-insensitively: the two rows are one downstream row
            "k='abc'  | k='ABC'",
            "k='abc'  | k='abc   '",
            "k='éa'   | k='EA'",
    })
    void valuesTheDownstreamKeyCannotTellApartShareAWorker(String left, String right) {
        String table = "CREATE TABLE t (k VARCHAR(10) PRIMARY KEY, v INT) COLLATE utf8mb4_general_ci";
        Causality causality = new Causality(64);

        assertThat(causality.workerOf(Tables.change(table, "I " + left)))
                .isEqualTo(causality.workerOf(Tables.change(table, "I " + right)));
    }
}
