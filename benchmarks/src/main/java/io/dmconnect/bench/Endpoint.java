package io.dmconnect.bench;

import io.dmconnect.harness.Credentials;

/** A server a connector or client talks to: where it listens and the account it connects with. */
public record Endpoint(String host, int port, Credentials account) {
}
