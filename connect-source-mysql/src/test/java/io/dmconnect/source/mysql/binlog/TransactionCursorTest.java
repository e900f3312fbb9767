package io.dmconnect.source.mysql.binlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.source.mysql.position.BinlogPosition;
import org.junit.jupiter.api.Test;

class TransactionCursorTest {

    @Test
    void offsetsCountUnitsAndRowsFromTheTransactionStart() {
        TransactionCursor c = new TransactionCursor(BinlogPosition.at("mysql-bin.000001", 4));
        c.begin(120, "0-1-5", 1, 1000);
        c.nextUnit();
        assertThat(c.offsetAfterRow(0)).isEqualTo(new BinlogPosition("mysql-bin.000001", 120, "", 0, 1, 1, 1000));
        c.nextUnit();
        assertThat(c.offsetAfterRow(2)).isEqualTo(new BinlogPosition("mysql-bin.000001", 120, "", 1, 3, 1, 1000));
        c.commit(500, "0-1-5");
        assertThat(c.between()).isEqualTo(new BinlogPosition("mysql-bin.000001", 500, "0-1-5", 0, 0, 1, 1000));
    }

    @Test
    void aRestartSkipsExactlyWhatWasEmittedInTheFirstTransactionOnly() {
        // the last committed record was row 2 (0-based 1) of the second rows event of the transaction at 120
        TransactionCursor c = new TransactionCursor(new BinlogPosition("mysql-bin.000001", 120, "", 1, 2, 1, 0));
        c.begin(120, "0-1-5", 1, 0);
        c.nextUnit();
        assertThat(c.alreadyEmitted(0)).isTrue();
        assertThat(c.alreadyEmitted(99)).isTrue();
        c.nextUnit();
        assertThat(c.alreadyEmitted(0)).isTrue();
        assertThat(c.alreadyEmitted(1)).isTrue();
        assertThat(c.alreadyEmitted(2)).isFalse();
        c.nextUnit();
        assertThat(c.alreadyEmitted(0)).isFalse();
        c.commit(900, null);
        c.begin(900, "0-1-6", 1, 0);
        c.nextUnit();
        assertThat(c.alreadyEmitted(0)).isFalse();
    }

    @Test
    void aRotateBetweenTransactionsMovesTheNextStart() {
        TransactionCursor c = new TransactionCursor(BinlogPosition.at("mysql-bin.000001", 4));
        c.rotate("mysql-bin.000002", 4);
        assertThat(c.between().file()).isEqualTo("mysql-bin.000002");
        assertThat(c.between().pos()).isEqualTo(4);
    }
}
