package de.sozialraum.platform.consumption;

import java.util.HashMap;
import java.util.Map;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads CloudEvents (Kafka protocol binding, binary or structured mode) from consumer records. */
public final class ReceivedEvents {

    private ReceivedEvents() {
    }

    public static ReceivedEvent read(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(record).toEvent();
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new MalformedEventException("Record " + where(record) + " is not a CloudEvent", e);
        }
        if (event.getSubject() == null || event.getSubject().isBlank()) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " at " + where(record) + " has no subject");
        }
        if (event.getTime() == null) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " at " + where(record) + " has no time");
        }
        Map<String, String> extensions = new HashMap<>();
        for (String name : event.getExtensionNames()) {
            extensions.put(name, String.valueOf(event.getExtension(name)));
        }
        byte[] data = event.getData() == null ? new byte[0] : event.getData().toBytes();
        return new ReceivedEvent(event.getId(), event.getType(), event.getSource(), event.getTime(), event.getSubject(),
                Map.copyOf(extensions), data, record.topic(), record.partition(), record.offset());
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "/" + record.partition() + "@" + record.offset();
    }
}
