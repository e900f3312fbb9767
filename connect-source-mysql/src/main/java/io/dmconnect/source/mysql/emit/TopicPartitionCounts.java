package io.dmconnect.source.mysql.emit;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * How many partitions a table's topic has, so a DDL barrier reaches each of them. Asked of Kafka the first time a
 * topic is needed and cached; a topic that does not exist yet counts as one partition (Connect creates it on the
 * first write) and is asked again next time.
 */
public final class TopicPartitionCounts implements ToIntFunction<String>, AutoCloseable {
    private final Admin admin;
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    public TopicPartitionCounts(String bootstrapServers) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        this.admin = Admin.create(p);
    }

    @Override
    public int applyAsInt(String topic) {
        Integer known = counts.get(topic);
        if (known != null) {
            return known;
        }
        try {
            Map<String, TopicDescription> d = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS);
            int n = d.get(topic).partitions().size();
            counts.put(topic, n);
            return n;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return 1;
            }
            throw new ConnectException("cannot read the partitions of " + topic + ": " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("interrupted while reading the partitions of " + topic, e);
        } catch (Exception e) {
            throw new ConnectException("cannot read the partitions of " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
