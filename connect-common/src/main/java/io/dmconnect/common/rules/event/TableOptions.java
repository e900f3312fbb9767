package io.dmconnect.common.rules.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * DM's reading of an ALTER TABLE table-option list: the first CHARACTER SET (also CONVERT TO), COLLATE or ENGINE
 * option decides (modify charset / modify collation / modify storage engine); other options (COMMENT,
 * AUTO_INCREMENT, ROW_FORMAT, ...) are a plain {@code alter table}.
 */
final class TableOptions {
    /** Words that start a table option in an ALTER TABLE spec. */
    static final Set<String> OPTION_WORDS = Set.of("default", "character", "charset", "collate", "engine", "comment",
            "auto_increment", "row_format", "key_block_size", "avg_row_length", "checksum", "compression",
            "connection", "data", "index", "delay_key_write", "encryption", "insert_method", "max_rows", "min_rows",
            "pack_keys", "password", "stats_auto_recalc", "stats_persistent", "stats_sample_pages", "tablespace",
            "union", "secondary_engine", "secondary_engine_attribute", "engine_attribute", "autoextend_size",
            "page_checksum", "transactional", "table_checksum", "shard_row_id_bits", "pre_split_regions", "ttl",
            "ttl_enable", "ttl_job_interval", "placement", "nodegroup", "storage");

    private TableOptions() {
    }

    static boolean startsOptionList(SqlToken first) {
        return first.kind() == SqlToken.Kind.WORD && OPTION_WORDS.contains(first.text().toLowerCase(Locale.ROOT));
    }

    /** The deciding option's event type, or empty when no option decides. */
    static Optional<EventType> firstDecisive(List<SqlToken> spec) {
        for (int i = 0; i < spec.size(); i++) {
            SqlToken t = spec.get(i);
            boolean setFollows = i + 1 < spec.size() && spec.get(i + 1).is("set");
            if (t.is("charset") || (t.is("character") || t.is("char")) && setFollows) {
                return Optional.of(EventType.MODIFY_CHARSET);
            }
            if (t.is("collate")) {
                return Optional.of(EventType.MODIFY_COLLATION);
            }
            if (t.is("engine")) {
                return Optional.of(EventType.MODIFY_STORAGE_ENGINE);
            }
        }
        return Optional.empty();
    }
}
