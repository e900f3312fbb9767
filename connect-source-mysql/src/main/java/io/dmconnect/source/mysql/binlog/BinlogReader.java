package io.dmconnect.source.mysql.binlog;

import com.github.shyiko.mysql.binlog.BinaryLogClient;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import io.dmconnect.source.mysql.position.BinlogPosition;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * The binlog connection: a replica session on its own thread (the library's), feeding a {@link BinlogEventProcessor}.
 * It reconnects by itself after a network failure (keep-alive) from the last position it read; failures it cannot
 * recover from reach {@code onFailure}.
 */
public final class BinlogReader implements AutoCloseable {
    private final BinaryLogClient client;

    /** How to reach the server and where to start. */
    public record Settings(String host, int port, String user, String password, long serverId,
                           long heartbeatMs, long connectTimeoutMs) {
    }

    public BinlogReader(Settings s, BinlogPosition start, String startGtids, EventDeserializer deserializer,
                        BinlogEventProcessor processor, Consumer<RuntimeException> onFailure) {
        client = new BinaryLogClient(s.host(), s.port(), s.user(), s.password());
        client.setServerId(s.serverId());
        client.setKeepAlive(true);
        client.setHeartbeatInterval(s.heartbeatMs());
        client.setConnectTimeout(s.connectTimeoutMs());
        client.setUseSendAnnotateRowsEvent(true);
        client.setEventDeserializer(deserializer);
        if (startGtids != null && !startGtids.isBlank()) {
            client.setGtidSet(startGtids);
        } else {
            client.setBinlogFilename(start.file());
            client.setBinlogPosition(start.pos());
        }
        client.registerEventListener(processor);
        client.registerLifecycleListener(new BinaryLogClient.AbstractLifecycleListener() {
            @Override
            public void onEventDeserializationFailure(BinaryLogClient c, Exception ex) {
                onFailure.accept(new ConnectException("cannot decode a binlog event after " + processor.committedPosition()
                        + ": " + ex.getMessage(), ex));
            }

            @Override
            public void onCommunicationFailure(BinaryLogClient c, Exception ex) {
                String message = String.valueOf(ex.getMessage());
                if (message.contains("Could not find first log file") || message.contains("purged")) {
                    onFailure.accept(new ConnectException("the binlog at " + processor.committedPosition()
                            + " is gone from the server (" + message + "). Restart from a fresh position: "
                            + "snapshot.mode=when_needed takes a new snapshot; or delete the connector's offsets.", ex));
                }
            }
        });
    }

    /** Connects (blocking until the first handshake) and streams on the library's thread. */
    public void start(long timeoutMs) {
        try {
            client.connect(timeoutMs);
        } catch (IOException | TimeoutException e) {
            throw new ConnectException("cannot start reading the binlog of " + client.getServerId() + " at "
                    + client.getBinlogFilename() + ":" + client.getBinlogPosition() + ": " + e.getMessage(), e);
        }
    }

    public boolean connected() {
        return client.isConnected();
    }

    @Override
    public void close() {
        try {
            client.disconnect();
        } catch (IOException e) {
            // the connection is going away anyway
        }
    }
}
