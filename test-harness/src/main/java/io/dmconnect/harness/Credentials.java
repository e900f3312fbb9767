package io.dmconnect.harness;

/** A database account. */
public record Credentials(String user, String password) {
    @Override
    public String toString() {
        return user; // never print passwords into test logs
    }
}
