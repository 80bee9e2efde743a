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
}
