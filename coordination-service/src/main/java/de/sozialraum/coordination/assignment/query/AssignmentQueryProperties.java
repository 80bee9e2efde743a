package de.sozialraum.coordination.assignment.query;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the assignment queries.
 *
 * @param dueSoonDays an unfinished assignment due within this many days (today included) is "due soon" in
 *                    a department's inbox, unless a request asks for another number
 */
@ConfigurationProperties("sozialraum.coordination.queries")
public record AssignmentQueryProperties(@DefaultValue("14") int dueSoonDays) {

    public AssignmentQueryProperties {
        if (dueSoonDays < 0 || dueSoonDays > 365) { // the range a request may ask for
            throw new IllegalArgumentException("sozialraum.coordination.queries.due-soon-days must be 0–365, not " + dueSoonDays);
        }
    }
}
