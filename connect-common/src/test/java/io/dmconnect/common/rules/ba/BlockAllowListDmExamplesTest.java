package io.dmconnect.common.rules.ba;

import static io.dmconnect.common.rules.ba.BaFixtures.id;
import static io.dmconnect.common.rules.ba.BaFixtures.list;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The examples of DM's documentation (docs:dm/dm-block-allow-table-lists.md), written in this project's keys.
 * Each row is the table of the example; a row fails when the precedence it illustrates is broken.
 */
class BlockAllowListDmExamplesTest {

    /**
     * The usage example: {@code do-dbs: [forum_backup_2018, forum]}, {@code ignore-dbs: ["~^forum_backup_"]}
     * (dead config: do-dbs is set), {@code do-tables: [logs.~_2018$, ~^forum.*.messages]},
     * {@code ignore-tables: [~.*.^messages.*]} (the table part has no ~: a wildcard that matches only names that
     * literally start with "^messages.").
     */
    @ParameterizedTest(name = "{0} captured={1}")
    @CsvSource(delimiter = '|', value = {
            "logs.messages_2016              | false | block.allow.do.dbs: no entry matches schema 'logs'",
            "logs.messages_2017              | false | block.allow.do.dbs: no entry matches schema 'logs'",
            "logs.messages_2018              | false | block.allow.do.dbs: no entry matches schema 'logs'",
            "forum_backup_2016.messages      | false | block.allow.do.dbs: no entry matches schema 'forum_backup_2016'",
            "forum_backup_2017.messages      | false | block.allow.do.dbs: no entry matches schema 'forum_backup_2017'",
            "forum.users                     | false | block.allow.do.tables: no entry matches table 'forum.users'",
            "forum.messages                  | true  | block.allow.do.tables entry '`~^forum.*`.messages'",
            // ignore-dbs ~^forum_backup_ matches, but do-dbs is set, so it is never consulted
            "forum_backup_2018.messages      | true  | block.allow.do.tables entry '`~^forum.*`.messages'",
            // the wildcard ^messages.* only matches its literal prefix
            "forum/^messages.x               | false | block.allow.ignore.tables entry '`~.*`.`^messages.*`'",
    })
    void forumExample(String table, boolean captured, String reason) {
        BlockAllowList bw = list("forum_backup_2018, forum", "~^forum_backup_",
                "logs.~_2018$, `~^forum.*`.messages", "`~.*`.`^messages.*`", false);

        assertThat(bw.decide(id(table))).isEqualTo(new BaDecision(captured, reason));
    }

    /** The first configuration of the page: do-dbs test*, do-tables test[123].t[1-5] and test.t. */
    @ParameterizedTest(name = "rule-1 {0} captured={1}")
    @CsvSource(delimiter = '|', value = {
            "test1.t3   | true  | block.allow.do.tables entry 'test[123].t[1-5]'",
            "test3.t5   | true  | block.allow.do.tables entry 'test[123].t[1-5]'",
            "test.t     | true  | block.allow.do.tables entry 'test.t'",
            "test1.t6   | false | block.allow.do.tables: no entry matches table 'test1.t6'",
            "test4.t1   | false | block.allow.do.tables: no entry matches table 'test4.t1'",
            "test.t1    | false | block.allow.do.tables: no entry matches table 'test.t1'",
            "prod.t     | false | block.allow.do.dbs: no entry matches schema 'prod'",
            "test9      | true  | block.allow.do.dbs entry 'test*'",
    })
    void rule1(String table, boolean captured, String reason) {
        BlockAllowList bw = list("test*", null, "test[123].t[1-5], test.t", null, false);

        assertThat(bw.decide(id(table))).isEqualTo(new BaDecision(captured, reason));
    }

    /**
     * The second configuration: do-dbs ~^test.*, ignore-dbs mysql (dead, and a system schema anyway),
     * do-tables ~^test.*.~^t.* and test.t*, ignore-tables test.log.
     */
    @ParameterizedTest(name = "rule-2 {0} captured={1}")
    @CsvSource(delimiter = '|', value = {
            "test_a.tx   | true  | block.allow.do.tables entry '`~^test.*`.`~^t.*`'",
            "test.t1     | true  | block.allow.do.tables entry '`~^test.*`.`~^t.*`'",
            "test.log    | false | block.allow.ignore.tables entry 'test.log'",
            "test.users  | false | block.allow.do.tables: no entry matches table 'test.users'",
            "atest.t1    | false | block.allow.do.dbs: no entry matches schema 'atest'",
            "mysql.user  | false | system schema mysql",
    })
    void rule2(String table, boolean captured, String reason) {
        BlockAllowList bw = list("~^test.*", "mysql", "`~^test.*`.`~^t.*`, test.t*", "test.log", false);

        assertThat(bw.decide(id(table))).isEqualTo(new BaDecision(captured, reason));
    }
}
