package de.sozialraum.platform.consumption;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

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

    public Optional<String> extension(String name) {
        return Optional.ofNullable(extensions.get(name));
    }
}
