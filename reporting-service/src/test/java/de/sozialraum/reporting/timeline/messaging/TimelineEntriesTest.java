package de.sozialraum.reporting.timeline.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;

import de.sozialraum.platform.consumption.MalformedEventException;
import de.sozialraum.platform.consumption.ReceivedEvent;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import org.junit.jupiter.api.Test;

class TimelineEntriesTest {

    @Test
    void takesActorAggregateAndPayloadFromTheEnvelope() {
        TimelineEntry draft = TimelineEntries.draft(event("{\"reason\":\"Keine Kapazität\",\"count\":3}", Map.of(
                "actorid", "u-7", "actorname", "Maria Beispiel", "actorrole", "DEPARTMENT_HEAD", "actordepartment", "jugendamt",
                "kommune", "16053", "aggregatetype", "Assignment", "aggregateid", "a-1", "aggregatesequence", "2",
                "correlationid", "c-1", "causationid", "c-2")));

        assertThat(draft.actor()).isEqualTo(new TimelineEntry.Actor("u-7", "Maria Beispiel", "DEPARTMENT_HEAD", "jugendamt"));
        assertThat(draft.aggregate()).isEqualTo(new TimelineEntry.Aggregate("Assignment", "a-1", 2L));
        assertThat(draft.kommune()).isEqualTo("16053");
        assertThat(draft.correlationId()).isEqualTo("c-1");
        assertThat(draft.causationId()).isEqualTo("c-2");
        assertThat(draft.data()).containsEntry("reason", "Keine Kapazität").containsEntry("count", 3);
    }

    @Test
    void anEventWithoutActorOrAggregateStillBelongsOnTheTimeline() {
        TimelineEntry draft = TimelineEntries.draft(event("{}", Map.of()));

        assertThat(draft.actor()).isNull();
        assertThat(draft.aggregate()).isNull();
        assertThat(draft.timelineId()).isEqualTo("sr-1");
    }

    @Test
    void dataThatIsNoJsonObjectIsMalformed() {
        assertThatThrownBy(() -> TimelineEntries.draft(event("not json", Map.of())))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void dataWithoutCanonicalJsonFormCannotBeHashedAndIsMalformed() {
        // MongoDB's parser takes extended JSON that has no RFC 8785 form: the event goes to the dead-letter topic
        assertThatThrownBy(() -> TimelineEntries.draft(event("{\"when\":{\"$date\":0}}", Map.of())))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("canonical");
        assertThatThrownBy(() -> TimelineEntries.draft(event("{\"x\":NaN}", Map.of())))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("canonical");
    }

    private static ReceivedEvent event(String json, Map<String, String> extensions) {
        return new ReceivedEvent("e-1", "de.sozialraum.test.Happened.v1", URI.create("urn:test"),
                OffsetDateTime.parse("2026-11-26T10:00:00Z"), "sr-1", extensions, json.getBytes(StandardCharsets.UTF_8),
                "topic", 0, 0);
    }
}
