package io.dmconnect.sink.tidb.ddl;

import io.dmconnect.common.TableId;

/** The test router: shard {@code shop_01.orders_07} (and its schema) merge into {@code shop.orders}. */
final class Routes {
    private Routes() {
    }

    static TableId shopMerge(TableId id) {
        if (!id.schema().equals("shop_01")) {
            return id;
        }
        if (id.isSchemaOnly()) {
            return TableId.schemaOnly("shop");
        }
        return new TableId("shop", id.table().equals("orders_07") ? "orders" : id.table());
    }
}
