package io.dmconnect.harness;

/** Tear-down of a test's servers: each is closed in the order given, whatever the ones before it did. */
public final class Closing {
    private Closing() {
    }

    /** Closes every non-null resource in order; a failure to close one does not keep the rest open. */
    public static void all(AutoCloseable... resources) {
        for (AutoCloseable c : resources) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // close the rest: one that failed to stop is stopped by ChildProcess's shutdown hook
            }
        }
    }
}
