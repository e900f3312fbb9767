package io.dmconnect.bench;

import io.dmconnect.harness.Credentials;

/** The downstream a sink writes to: where it listens and the account a sink connects with. */
public record SinkTarget(String host, int port, Credentials account) {
}
