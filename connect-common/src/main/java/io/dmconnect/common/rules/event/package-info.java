/**
 * DM's binlog event filter ({@code filters}): the event vocabulary ({@link io.dmconnect.common.rules.event.EventType},
 * {@link io.dmconnect.common.rules.event.EventTypes}), the rules and their evaluation
 * ({@link io.dmconnect.common.rules.event.BinlogEventFilter}), their configuration
 * ({@link io.dmconnect.common.rules.event.BinlogEventFilterConfig}) and the classification of DDL statements into
 * DM's event types, including the fine-grained types of MODIFY/CHANGE COLUMN
 * ({@link io.dmconnect.common.rules.event.DdlClassifier}). User documentation: docs/rules/binlog-event-filter.md.
 */
package io.dmconnect.common.rules.event;
