package io.dmconnect.source.mysql.precheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrecheckTest {
    private static final Set<String> DM_PRIVILEGES = Set.of("SELECT", "RELOAD", "LOCK TABLES", "REPLICATION SLAVE", "BINLOG MONITOR");

    private static Map<String, String> goodVariables() {
        Map<String, String> v = new HashMap<>();
        v.put("log_bin", "ON");
        v.put("binlog_format", "ROW");
        v.put("binlog_row_image", "FULL");
        v.put("server_id", "1");
        v.put("log_bin_compress", "OFF");
        v.put("gtid_mode", "OFF");
        return v;
    }

    private static ServerFacts facts(Map<String, String> changes, Set<String> privileges, boolean mariaDb) {
        Map<String, String> v = goodVariables();
        v.putAll(changes);
        return new ServerFacts(mariaDb, v, privileges, Set.of(77L));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("all good", Map.of(), DM_PRIVILEGES, 4242L, false, List.of()),
                Arguments.of("binlog off", Map.of("log_bin", "OFF"), DM_PRIVILEGES, 4242L, false, List.of("binlog_enable")),
                Arguments.of("statement format", Map.of("binlog_format", "STATEMENT"), DM_PRIVILEGES, 4242L, false, List.of("binlog_format")),
                Arguments.of("minimal image", Map.of("binlog_row_image", "MINIMAL"), DM_PRIVILEGES, 4242L, false, List.of("binlog_row_image")),
                Arguments.of("no server id", Map.of("server_id", "0"), DM_PRIVILEGES, 4242L, false, List.of("server_id")),
                Arguments.of("our id is the server's", Map.of(), DM_PRIVILEGES, 1L, false, List.of("server_id_unique")),
                Arguments.of("our id is a replica's", Map.of(), DM_PRIVILEGES, 77L, false, List.of("server_id_unique")),
                Arguments.of("compressed binlog", Map.of("log_bin_compress", "ON"), DM_PRIVILEGES, 4242L, false, List.of("log_bin_compress")),
                Arguments.of("no replication grants", Map.of(), Set.of("SELECT"), 4242L, false, List.of("replication_privilege")),
                Arguments.of("MySQL's REPLICATION CLIENT name", Map.of(), Set.of("SELECT", "REPLICATION SLAVE", "REPLICATION CLIENT"), 4242L, false, List.of()),
                Arguments.of("ALL PRIVILEGES covers all", Map.of(), Set.of("ALL PRIVILEGES"), 4242L, false, List.of()),
                Arguments.of("no select", Map.of(), Set.of("REPLICATION SLAVE", "BINLOG MONITOR"), 4242L, false, List.of("dump_privilege")),
                Arguments.of("gtid asked, gtid_mode off", Map.of(), DM_PRIVILEGES, 4242L, true, List.of("gtid_mode")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsExactlyTheItemsThatAreWrong(String name, Map<String, String> vars, Set<String> privileges, long ourId,
                                          boolean gtid, List<String> expected) {
        List<CheckResult> failures = Precheck.run(facts(vars, privileges, false), new Precheck.Request(ourId, gtid), Set.of());
        assertThat(failures).extracting(CheckResult::item).containsExactlyElementsOf(expected);
        assertThat(failures).allSatisfy(f -> assertThat(f.message()).contains("precheck item " + f.item()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ignoredItemsAreNotRun(String name, Map<String, String> vars, Set<String> privileges, long ourId,
                               boolean gtid, List<String> expected) {
        assertThat(Precheck.run(facts(vars, privileges, false), new Precheck.Request(ourId, gtid), Set.copyOf(expected))).isEmpty();
    }
}
