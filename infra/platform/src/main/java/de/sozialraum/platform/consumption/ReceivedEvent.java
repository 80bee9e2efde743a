package de.sozialraum.platform.consumption;

import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.platform.axon.EventJson;

/**
 * A CloudEvent read from the Sozialraum event topic, as consumers see it: the envelope, the
 * extension attributes, the JSON payload as bytes, and where it was read.
 */
public record ReceivedEvent(
        String id,
        String type,
        URI source,
        OffsetDateTime time,
        String subject,
        Map<String, String> extensions,
        byte[] data,
        String topic,
        int partition,
        long offset) {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    public Optional<String> extension(String name) {
        return Optional.ofNullable(extensions.get(name));
    }

    /**
     * The payload read as {@code type}: a consumer's own record of the part of the contract it reads
     * (unknown fields are ignored). Unreadable data is a {@link MalformedEventException}.
     */
    public <T> T dataAs(Class<T> type) {
        try {
            return JSON.readValue(data, type);
        } catch (IOException e) {
            throw new MalformedEventException("Event " + id + " of type " + this.type + " has unreadable data", e);
        }
    }
}
