package de.sozialraum.audit.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.sozialraum.audit.ChainEntry;
import de.sozialraum.audit.CheckpointCheck;
import de.sozialraum.audit.EntryHash;
import de.sozialraum.audit.Jcs;

/**
 * What a timeline says at one moment: the Sozialraum (or the Kommune) with its goals, assignments, decisions, latest
 * measurements and participation, derived by applying its entries one after the other (docs/audit.md, "State as of").
 * Applying the same entries in the same order always gives the same state, so a state can be kept as a snapshot
 * ({@link #toDocument()}, {@link #fromDocument}) and compared by its {@link #digest()}.
 *
 * <p>Entries of types no fold knows (deadlines, import outcomes …) only count as applied; checkpoints do not count. Every item
 * records the entry that changed it last ({@code changedAt}, {@code changedBy}, {@code changedAtPosition}), so an
 * auditor can go from the state to the decision or answer behind it.
 */
public final class TimelineState {

    /** The sections of the state, in the order a document lists them; each keyed item section is id → item. */
    static final List<String> SECTIONS = List.of("goals", "assignments", "decisions", "measurements", "participations",
            "contributions", "departments", "indicators");

    private final String timelineId;
    private long position;
    private String time;
    private long applied;
    private Map<String, Object> sozialraum;
    private Map<String, Object> kommune;
    private final Map<String, Map<String, Map<String, Object>>> sections = new LinkedHashMap<>();

    private TimelineState(String timelineId) {
        this.timelineId = timelineId;
        SECTIONS.forEach(section -> sections.put(section, new LinkedHashMap<>()));
    }

    /** The state of a timeline before its first entry. */
    public static TimelineState empty(String timelineId) {
        return new TimelineState(timelineId);
    }

    /**
     * Applies one entry; entries must come in position order (late ones after the others, see docs/audit.md). Checkpoint
     * entries are not part of the state: they are reporting's signatures over the chain, not something that happened.
     */
    public void apply(ChainEntry entry) {
        if (isCheckpoint(entry)) {
            return;
        }
        Folds.forType(entry.type()).ifPresent(fold -> fold.apply(new Change(this, entry)));
        position = Math.max(position, entry.position());
        time = EntryHash.time(entry.time());
        applied++;
    }

    /** Whether the entry is a signed checkpoint, which a state leaves out (its time is reporting's, not an event's). */
    public static boolean isCheckpoint(ChainEntry entry) {
        return CheckpointCheck.TYPE.equals(entry.type());
    }

    public String timelineId() {
        return timelineId;
    }

    /** The highest position applied, 0 before the first entry. */
    public long position() {
        return position;
    }

    /** How many entries were applied. */
    public long applied() {
        return applied;
    }

    /**
     * One item of a section as the state holds it — e.g. {@code item("goals", goalId)} — or empty if the timeline had not
     * created it (yet). A copy: changing it changes nothing.
     */
    public Optional<Map<String, Object>> item(String section, String id) {
        Map<String, Map<String, Object>> items = sections.get(section);
        if (items == null) {
            throw new IllegalArgumentException("No section " + section + "; sections are " + SECTIONS);
        }
        return Optional.ofNullable(items.get(id)).map(LinkedHashMap::new);
    }

    Map<String, Map<String, Object>> section(String name) {
        return sections.get(name);
    }

    Map<String, Object> sozialraum() {
        return sozialraum;
    }

    void sozialraum(Map<String, Object> sozialraum) {
        this.sozialraum = sozialraum;
    }

    Map<String, Object> kommune() {
        return kommune;
    }

    void kommune(Map<String, Object> kommune) {
        this.kommune = kommune;
    }

    /** The state as a JSON-like tree (maps, lists, strings, numbers, booleans, null): what the API shows and a snapshot keeps. */
    public Map<String, Object> toDocument() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("timelineId", timelineId);
        document.put("position", position);
        document.put("time", time);
        document.put("applied", applied);
        document.put("sozialraum", sozialraum);
        document.put("kommune", kommune);
        sections.forEach((name, items) -> document.put(name, new ArrayList<>(items.values())));
        return document;
    }

    /** The state a document of {@link #toDocument()} describes. */
    @SuppressWarnings("unchecked")
    public static TimelineState fromDocument(Map<String, ?> document) {
        TimelineState state = new TimelineState((String) document.get("timelineId"));
        state.position = ((Number) document.get("position")).longValue();
        state.time = (String) document.get("time");
        state.applied = ((Number) document.get("applied")).longValue();
        state.sozialraum = copy((Map<String, Object>) document.get("sozialraum"));
        state.kommune = copy((Map<String, Object>) document.get("kommune"));
        for (String name : SECTIONS) {
            for (Object item : (List<Object>) document.get(name)) {
                Map<String, Object> copy = copy((Map<String, Object>) item);
                state.sections.get(name).put((String) copy.get(Folds.idField(name)), copy);
            }
        }
        return state;
    }

    /** SHA-256 of the canonical JSON of {@link #toDocument()}: equal states, equal digests. */
    public String digest() {
        return EntryHash.sha256Hex(Jcs.canonicalBytes(toDocument()));
    }

    private static Map<String, Object> copy(Map<String, Object> map) {
        return map == null ? null : new LinkedHashMap<>(map);
    }
}
