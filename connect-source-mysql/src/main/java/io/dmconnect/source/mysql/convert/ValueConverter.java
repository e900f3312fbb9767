package io.dmconnect.source.mysql.convert;

/**
 * Turns one non-null binlog cell, as {@link BinlogDeserializers} delivers it, into the Connect value of the
 * column's field schema. Built once per column by {@link ValueConverters}; throws
 * {@link org.apache.kafka.connect.errors.DataException} for a raw value the column cannot hold.
 */
@FunctionalInterface
public interface ValueConverter {
    Object convert(Object raw);
}
