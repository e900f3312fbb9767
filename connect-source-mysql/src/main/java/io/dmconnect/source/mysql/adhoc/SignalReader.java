package io.dmconnect.source.mysql.adhoc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Reads the signal topic's one partition with a plain consumer: no group, the position lives in the connector's
 * binlog offset ({@link AdhocState#signalNext}), so a restart neither loses a signal nor runs a finished one again.
 * The topic is created (one partition) when missing, so an operator can send signals right away.
 */
final class SignalReader implements AutoCloseable {
    /** One signal: its offset in the topic and its value. */
    record Message(long offset, String value) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final TopicPartition partition;

    /** @param next the offset to read first; -1: the topic's end now (a first start: its snapshot covers all) */
    SignalReader(String bootstrapServers, String topic, String clientId, long next) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        ensureTopic(p, topic);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        this.consumer = new KafkaConsumer<>(p);
        this.partition = new TopicPartition(topic, 0);
        consumer.assign(List.of(partition));
        if (next < 0) {
            consumer.seekToEnd(List.of(partition));
        } else {
            consumer.seek(partition, next);
        }
    }

    /** The offset the next poll reads from. */
    long position() {
        return consumer.position(partition, Duration.ofSeconds(30));
    }

    List<Message> poll(Duration timeout) {
        List<Message> out = new ArrayList<>();
        for (ConsumerRecord<String, String> r : consumer.poll(timeout)) {
            out.add(new Message(r.offset(), r.value()));
        }
        return out;
    }

    private static void ensureTopic(Properties p, String topic) {
        try (Admin admin = Admin.create(p)) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty()))).all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new ConnectException("cannot create the signal topic " + topic + ": " + e.getCause().getMessage(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("interrupted while creating the signal topic " + topic, e);
        } catch (Exception e) {
            throw new ConnectException("cannot create the signal topic " + topic + ": " + e.getMessage(), e);
        }
    }

    /** Wakes a blocked {@link #poll} (from another thread) so the task can stop. */
    void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
