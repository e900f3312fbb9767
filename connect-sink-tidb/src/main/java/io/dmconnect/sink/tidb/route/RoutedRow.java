package io.dmconnect.sink.tidb.route;

import io.dmconnect.common.TableId;
import io.dmconnect.sink.tidb.decode.Change;
import java.util.Map;

/**
 * A row change after the rules: its target table, and its before/after images with the extract columns (DM's
 * extract-table/schema/source) appended, in that order.
 */
public record RoutedRow(Change.Row change, TableId target, Map<String, Object> before, Map<String, Object> after) {
}
