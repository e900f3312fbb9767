package io.dmconnect.common.rules.expr.eval;

/** A compiled expression: evaluates against a frame; stateless, so one node serves all threads. */
@FunctionalInterface
public interface Node {
    Object eval(Frame frame);
}
