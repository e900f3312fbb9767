package io.dmconnect.source.mysql.schema;

import io.dmconnect.common.TableId;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * {@link SchemaHistory} in a compacted Kafka topic (one partition, so one source's entries stay in write order).
 * Created on first use with {@code cleanup.policy=compact}; several sources may share it (keys carry the source id).
 */
public final class KafkaSchemaHistory implements SchemaHistory {
    private final String topic;
    private final String sourceId;
    private final Properties clientProps;
    private final KafkaProducer<String, String> producer;

    public KafkaSchemaHistory(String bootstrapServers, String topic, String sourceId, short replicationFactor) {
        this.topic = topic;
        this.sourceId = sourceId;
        this.clientProps = new Properties();
        clientProps.put("bootstrap.servers", bootstrapServers);
        ensureTopic(replicationFactor);
        Properties p = new Properties();
        p.putAll(clientProps);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "dm-connect-schema-history-" + sourceId);
        this.producer = new KafkaProducer<>(p);
    }

    private void ensureTopic(short replicationFactor) {
        try (Admin admin = Admin.create(clientProps)) {
            NewTopic t = new NewTopic(topic, Optional.of(1), replicationFactor > 0 ? Optional.of(replicationFactor) : Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(t)).all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new ConnectException("cannot create the schema history topic " + topic + ": " + e.getCause().getMessage(), e);
            }
        } catch (Exception e) {
            throw new ConnectException("cannot create the schema history topic " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Map<TableId, List<SchemaVersion>> load() {
        Properties p = new Properties();
        p.putAll(clientProps);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<TableId, List<SchemaVersion>> history = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(60)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(60));
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    read(r, history);
                }
            }
        }
        return history;
    }

    private void read(ConsumerRecord<String, String> r, Map<TableId, List<SchemaVersion>> history) {
        if (r.key() == null || !sourceId.equals(HistoryRecordFormat.readKey(r.key()).source_id())) {
            return;
        }
        HistoryRecordFormat.Value value = HistoryRecordFormat.readValue(r.value());
        history.put(value.table(), value.versions());
    }

    @Override
    public void store(TableId table, List<SchemaVersion> versions) {
        try {
            producer.send(new ProducerRecord<>(topic, HistoryRecordFormat.key(sourceId, table),
                    HistoryRecordFormat.value(table, versions))).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("interrupted while writing the schema history of " + table, e);
        } catch (Exception e) {
            throw new ConnectException("cannot write the schema history of " + table + " to " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
