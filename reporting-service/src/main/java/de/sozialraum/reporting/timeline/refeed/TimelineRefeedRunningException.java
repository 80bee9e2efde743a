package de.sozialraum.reporting.timeline.refeed;

import java.util.Map;

import de.sozialraum.platform.problem.ConflictException;

/** A re-feed is running already (on this or another instance); its id is in the problem document. */
public class TimelineRefeedRunningException extends ConflictException {

    private final String runningId;

    public TimelineRefeedRunningException(String runningId) {
        super("timeline-refeed-running", "Timeline re-feed " + runningId + " is running", runningId);
        this.runningId = runningId;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("runningRefeed", runningId);
    }
}
