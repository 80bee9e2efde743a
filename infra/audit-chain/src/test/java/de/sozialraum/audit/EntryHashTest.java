package de.sozialraum.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EntryHashTest {

    /** The worked example of docs/audit.md; its hash was computed there with {@code printf '%s' '…' | sha256sum}. */
    static ChainEntry workedExample() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("sozialraumId", "d72eaf69-0c1e-4d5a-8f3b-6a2e9c4b7d01");
        payload.put("kommuneKey", "16053");
        payload.put("name", "Jena-Süd");
        payload.put("kind", "STADTTEIL");
        payload.put("population", 24500);
        payload.put("share", 0.125);
        return new ChainEntry(1, "295309fc-6d2b-4f5e-9a43-1c0b7d1e2a10", "de.sozialraum.planning.SozialraumRegistered.v1",
                Instant.parse("2026-11-26T00:48:20.127Z"),
                new ChainEntry.Actor("stabsstelle", "Sabine Brandt (Stabsstelle Sozialplanung)", "STABSSTELLE", null),
                payload, EntryHash.GENESIS, null);
    }

    static final String WORKED_EXAMPLE_CANONICAL = "{\"actor\":{\"id\":\"stabsstelle\",\"name\":\"Sabine Brandt (Stabsstelle Sozialplanung)\","
            + "\"role\":\"STABSSTELLE\"},\"eventId\":\"295309fc-6d2b-4f5e-9a43-1c0b7d1e2a10\",\"payload\":{\"kind\":\"STADTTEIL\","
            + "\"kommuneKey\":\"16053\",\"name\":\"Jena-Süd\",\"population\":24500,\"share\":0.125,"
            + "\"sozialraumId\":\"d72eaf69-0c1e-4d5a-8f3b-6a2e9c4b7d01\"},\"position\":1,"
            + "\"previousHash\":\"0000000000000000000000000000000000000000000000000000000000000000\","
            + "\"time\":\"2026-11-26T00:48:20.127Z\",\"type\":\"de.sozialraum.planning.SozialraumRegistered.v1\"}";

    static final String WORKED_EXAMPLE_HASH = "b597b6609954df22d6856af588507f55de138e471a5012856de255baa0e114a2";

    @Test
    void theWorkedExampleOfTheDocumentation() {
        ChainEntry entry = workedExample();

        assertThat(Jcs.canonicalize(EntryHash.canonicalObject(entry, EntryHash.GENESIS))).isEqualTo(WORKED_EXAMPLE_CANONICAL);
        assertThat(EntryHash.of(entry, EntryHash.GENESIS)).isEqualTo(WORKED_EXAMPLE_HASH);
    }

    @Test
    void genesisIsSixtyFourZeros() {
        assertThat(EntryHash.GENESIS).hasSize(64).matches("0+");
    }

    @Test
    void timeIsHashedInUtcAtMillisecondsAndFinerDigitsAreCutOff() {
        assertThat(EntryHash.time(Instant.parse("2026-11-26T10:15:30Z"))).isEqualTo("2026-11-26T10:15:30.000Z");
        assertThat(EntryHash.time(Instant.parse("2026-11-26T10:15:30.123987Z"))).isEqualTo("2026-11-26T10:15:30.123Z");
        ChainEntry entry = workedExample();
        ChainEntry finer = new ChainEntry(1, entry.eventId(), entry.type(), Instant.parse("2026-11-26T00:48:20.127999Z"),
                entry.actor(), entry.payload(), entry.previousHash(), null);
        assertThat(EntryHash.of(finer)).isEqualTo(WORKED_EXAMPLE_HASH);
    }

    @Test
    void noActorIsNullAndEveryFieldCounts() {
        ChainEntry entry = workedExample();
        ChainEntry anonymous = new ChainEntry(1, entry.eventId(), entry.type(), entry.time(), null, entry.payload(), entry.previousHash(), null);
        assertThat(Jcs.canonicalize(EntryHash.canonicalObject(anonymous, EntryHash.GENESIS))).startsWith("{\"actor\":null,");

        assertThat(EntryHash.of(anonymous)).isNotEqualTo(WORKED_EXAMPLE_HASH);
        assertThat(EntryHash.of(entry, "1".repeat(64))).isNotEqualTo(WORKED_EXAMPLE_HASH);
        assertThat(EntryHash.of(new ChainEntry(2, entry.eventId(), entry.type(), entry.time(), entry.actor(), entry.payload(),
                entry.previousHash(), null))).isNotEqualTo(WORKED_EXAMPLE_HASH);
        assertThat(EntryHash.of(new ChainEntry(1, entry.eventId(), entry.type(), entry.time(),
                new ChainEntry.Actor("stabsstelle", "Sabine Brandt (Stabsstelle Sozialplanung)", "STABSSTELLE", "jugendamt"),
                entry.payload(), entry.previousHash(), null))).isNotEqualTo(WORKED_EXAMPLE_HASH);
    }

    @Test
    void theOrderOfPayloadMembersDoesNotMatter() {
        ChainEntry entry = workedExample();
        Map<String, Object> reversed = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(entry.payload().keySet());
        Collections.reverse(names);
        names.forEach(name -> reversed.put(name, entry.payload().get(name)));
        assertThat(EntryHash.of(new ChainEntry(1, entry.eventId(), entry.type(), entry.time(), entry.actor(), reversed,
                entry.previousHash(), null))).isEqualTo(WORKED_EXAMPLE_HASH);
    }
}
