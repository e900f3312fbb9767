package io.dmconnect.common.rules.expr.fn;

import io.dmconnect.common.rules.expr.value.Session;

/** One function's evaluation over already evaluated arguments; stateless and thread-safe. */
@FunctionalInterface
public interface Fn {
    Object apply(Object[] args, Session session);

    /** The function returns NULL when any argument is NULL, as most MySQL functions do. */
    static Fn strict(Fn fn) {
        return (args, session) -> {
            for (Object arg : args) {
                if (arg == null) {
                    return null;
                }
            }
            return fn.apply(args, session);
        };
    }
}
