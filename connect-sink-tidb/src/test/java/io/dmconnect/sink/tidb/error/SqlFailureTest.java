package io.dmconnect.sink.tidb.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SqlFailureTest {

    @Test
    void takesTheFirstNumberAndStateOfTheChainAndEveryMessage() {
        SQLException inner = new SQLException("Duplicate entry '1' for key 'PRIMARY'", "23000", 1062);
        SQLException outer = new SQLException("batch failed", null, 0, inner);
        SqlFailure f = SqlFailure.of(new RuntimeException("apply", outer));
        assertThat(f.code()).isEqualTo(1062);
        assertThat(f.sqlState()).isEqualTo("23000");
        assertThat(f.messages()).containsExactly("apply", "batch failed", "Duplicate entry '1' for key 'PRIMARY'");
        assertThat(f.firstMessage()).isEqualTo("apply");
        assertThat(f.mentions("DUPLICATE ENTRY")).isTrue();
        assertThat(f.stateStartsWith("23")).isTrue();
        assertThat(f.connectionLost()).isFalse();
        assertThat(f.cannotConnect()).isFalse();
    }

    @Test
    void anOuterNumberWinsOverAnInnerOne() {
        SQLException inner = new SQLException("inner", "40001", 1213);
        SQLException outer = new SQLException("outer", "HY000", 9007, inner);
        assertThat(SqlFailure.of(outer).code()).isEqualTo(9007);
    }

    @Test
    void followsNextExceptionsAndSurvivesCycles() {
        SQLException first = new SQLException("first");
        SQLException second = new SQLException("second", "08S01", 0);
        first.setNextException(second);
        RuntimeException a = new RuntimeException("a", first);
        second.initCause(a); // a cycle: a -> first -> second -> a
        SqlFailure f = SqlFailure.of(a);
        assertThat(f.sqlState()).isEqualTo("08S01");
        assertThat(f.messages()).containsExactly("a", "first", "second");
    }

    @Test
    void aConnectionThatWasNeverOpenedIsNotALostOne() {
        SqlFailure f = SqlFailure.of(new SQLException("cannot connect", "08001", 0,
                new java.net.ConnectException("Connection refused")));
        assertThat(f.cannotConnect()).isTrue();
        assertThat(f.connectionLost()).isFalse();
    }

    @Test
    void nullIsAnEmptyFailure() {
        SqlFailure f = SqlFailure.of(null);
        assertThat(f.code()).isZero();
        assertThat(f.sqlState()).isNull();
        assertThat(f.firstMessage()).isEmpty();
    }
}
