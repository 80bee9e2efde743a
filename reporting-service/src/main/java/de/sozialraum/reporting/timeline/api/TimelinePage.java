package de.sozialraum.reporting.timeline.api;

import java.util.List;

/**
 * A page of a timeline.
 *
 * @param timelineId the Sozialraum id, or {@code kommune:<key>} for a Kommune's own timeline
 * @param total number of entries the timeline has now (its last position, as there are no gaps)
 * @param next  link to the following page, absent on the last one
 */
public record TimelinePage(String timelineId, long from, int limit, long total, List<TimelineEntry> entries, String next) {
}
