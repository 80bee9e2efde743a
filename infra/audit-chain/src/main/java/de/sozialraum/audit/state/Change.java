package de.sozialraum.audit.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import de.sozialraum.audit.ChainEntry;
import de.sozialraum.audit.EntryHash;

/** One entry being applied to a state: its payload, and the items it creates or changes, stamped with who and when. */
final class Change {

    private final TimelineState state;
    private final ChainEntry entry;

    Change(TimelineState state, ChainEntry entry) {
        this.state = state;
        this.entry = entry;
    }

    TimelineState state() {
        return state;
    }

    /** A payload field as it was published, or {@code null}. */
    Object value(String field) {
        return entry.payload().get(field);
    }

    String text(String field) {
        Object value = value(field);
        return value == null ? null : value.toString();
    }

    /** A payload array; empty when absent (events published before the field existed). */
    List<?> list(String field) {
        return value(field) instanceof List<?> list ? list : List.of();
    }

    /** Creates (or replaces) the item {@code id} of a section with the given payload fields. */
    Map<String, Object> create(String section, String id, String... fields) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put(Folds.idField(section), id);
        copy(item, fields);
        state.section(section).put(id, item);
        return stamp(item);
    }

    /** The item {@code id} of a section, stamped with this change; empty if the timeline never created it. */
    Optional<Map<String, Object>> change(String section, String id) {
        return Optional.ofNullable(id == null ? null : state.section(section).get(id)).map(this::stamp);
    }

    /** Copies payload fields into an item (absent fields as {@code null}). */
    Map<String, Object> copy(Map<String, Object> item, String... fields) {
        for (String field : fields) {
            item.put(field, value(field));
        }
        return item;
    }

    /** Who caused the entry: {@code id}, {@code name}, {@code role}, {@code department} (null members left out). */
    private Map<String, Object> actor() {
        ChainEntry.Actor actor = entry.actor();
        if (actor == null) {
            return null;
        }
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("id", actor.id());
        who.put("name", actor.name());
        who.put("role", actor.role());
        who.put("department", actor.department());
        who.values().removeIf(Objects::isNull);
        return who;
    }

    Map<String, Object> stamp(Map<String, Object> item) {
        item.put("changedAt", EntryHash.time(entry.time()));
        item.put("changedBy", actor());
        item.put("changedAtPosition", entry.position());
        return item;
    }
}
