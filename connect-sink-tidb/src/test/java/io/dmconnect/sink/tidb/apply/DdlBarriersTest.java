package io.dmconnect.sink.tidb.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.TableId;
import io.dmconnect.sink.tidb.decode.Change;
import io.dmconnect.sink.tidb.decode.SourcePos;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class DdlBarriersTest {
    private static Change.Ddl ddl(int partition) {
        return new Change.Ddl(new TableId("shop", "t"), "ALTER TABLE `shop`.`t` ADD COLUMN `c` INT", "ALTER_TABLE", null,
                null, null, new SourcePos("up", "mysql-bin.000001", 900, 0, 1), 0, partition, 3, null, null);
    }

    @Test
    void holdsEveryPartitionUntilTheLastCopyArrives() {
        DdlBarriers barriers = new DdlBarriers();
        TopicPartition p0 = new TopicPartition("up.shop.t", 0);
        TopicPartition p1 = new TopicPartition("up.shop.t", 1);
        TopicPartition p2 = new TopicPartition("up.shop.t", 2);

        assertThat(barriers.arrive(ddl(0), p0, 10)).isNull();
        assertThat(barriers.blocking(p0)).isNotNull();
        assertThat(barriers.blocking(p1)).isNull();
        assertThat(barriers.arrive(ddl(1), p1, 20)).isNull();
        DdlBarriers.Barrier done = barriers.arrive(ddl(2), p2, 30);
        assertThat(done).isNotNull();
        assertThat(done.arrived).containsEntry(p0, 10L).containsEntry(p1, 20L).containsEntry(p2, 30L);
        assertThat(barriers.release(done)).containsExactlyInAnyOrder(p0, p1);
        assertThat(barriers.blocking(p0)).isNull();
        assertThat(barriers.blocking(p1)).isNull();
    }

    @Test
    void differentDdlsAreDifferentBarriers() {
        DdlBarriers barriers = new DdlBarriers();
        TopicPartition p0 = new TopicPartition("t", 0);
        assertThat(barriers.arrive(ddl(0), p0, 1)).isNull();
        Change.Ddl other = new Change.Ddl(new TableId("shop", "t"), "ALTER TABLE `shop`.`t` DROP COLUMN `c`", "ALTER_TABLE",
                null, null, null, new SourcePos("up", "mysql-bin.000001", 950, 0, 1), 0, 1, 3, null, null);
        assertThat(barriers.arrive(other, new TopicPartition("t", 1), 2)).isNull();
        assertThat(barriers.blocking(p0).ddl.ddl()).contains("ADD COLUMN");
    }
}
