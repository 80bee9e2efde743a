package de.sozialraum.platform.publication;

/** How timelines are named: a Sozialraum's by its id, a Kommune's by {@code kommune:<key>}. */
public final class Timelines {

    static final String KOMMUNE_PREFIX = "kommune:";

    private Timelines() {
    }

    public static String ofKommune(String kommuneKey) {
        if (kommuneKey == null || kommuneKey.isBlank()) {
            throw new IllegalArgumentException("A Kommune's timeline needs the Kommune's key");
        }
        return KOMMUNE_PREFIX + kommuneKey;
    }

    /** Whether the timeline id names a Kommune's timeline (Sozialraum ids never start like this). */
    public static boolean isKommuneTimeline(String timelineId) {
        return timelineId != null && timelineId.startsWith(KOMMUNE_PREFIX);
    }
}
