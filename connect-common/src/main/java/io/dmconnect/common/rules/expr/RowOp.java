package io.dmconnect.common.rules.expr;

/** The kind of row change an expression filter decides on. */
public enum RowOp { INSERT, UPDATE, DELETE }
