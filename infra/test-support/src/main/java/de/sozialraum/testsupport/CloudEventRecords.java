package de.sozialraum.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes records to the event topic exactly as the documented contract says (CloudEvents Kafka
 * binding, binary mode, written out header by header), so that consumers are tested against the
 * contract and not against the library that also produces it.
 */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    /** An event of Jena's: like every real event, it names its Kommune. */
    public static String send(String topic, String type, String subject, String json) {
        return send(topic, UUID.randomUUID().toString(), type, subject, json, Map.of("kommune", TestUser.JENA));
    }

    public static String send(String topic, String id, String type, String subject, String json, Map<String, String> extensions) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", id);
        headers.put("ce_source", "urn:sozialraum-koordination:test");
        headers.put("ce_type", type);
        headers.put("ce_subject", subject);
        headers.put("ce_time", Instant.now().toString());
        headers.put("content-type", "application/json");
        extensions.forEach((name, value) -> headers.put("ce_" + name, value));
        sendRaw(topic, subject, headers, json.getBytes(StandardCharsets.UTF_8));
        return id;
    }

    public static void sendRaw(String topic, String key, Map<String, String> headers, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, content) -> record.headers().add(name, content.getBytes(StandardCharsets.UTF_8)));
        send(TestStores.kafkaBootstrapServers(), record);
    }

    /** Sends a record that was read from a topic once more, unchanged: a redelivery. */
    public static void resend(String bootstrapServers, ConsumerRecord<String, byte[]> consumed) {
        send(bootstrapServers, new ProducerRecord<>(consumed.topic(), null, consumed.key(), consumed.value(), consumed.headers()));
    }

    private static void send(String bootstrapServers, ProducerRecord<String, byte[]> record) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send a test record to " + record.topic(), e);
        }
    }
}
