package io.dmconnect.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.shyiko.mysql.binlog.BinaryLogClient;
import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import io.dmconnect.harness.MariaDbServer;
import io.dmconnect.source.mysql.convert.BinlogDeserializers;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Reads a real binlog through the source's configured deserializer, as component ITs need it. */
final class BinlogEvents {
    private BinlogEvents() {
    }

    /** Events from {@code file:position} until {@code done} holds (at most a minute); fails when it never does. */
    static List<Event> readUntil(MariaDbServer server, long clientServerId, String file, long position,
                                 Predicate<Iterable<Event>> done, String what) throws Exception {
        BinaryLogClient client = new BinaryLogClient("127.0.0.1", server.port(), MariaDbServer.SOURCE.user(),
                MariaDbServer.SOURCE.password());
        client.setServerId(clientServerId);
        client.setBinlogFilename(file);
        client.setBinlogPosition(position);
        client.setKeepAlive(false);
        client.setEventDeserializer(BinlogDeserializers.configure(new EventDeserializer()));
        ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();
        client.registerEventListener(events::add);
        client.connect(10_000);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!done.test(events) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            client.disconnect();
        }
        assertThat(done.test(events)).as(what).isTrue();
        return List.copyOf(events);
    }
}
