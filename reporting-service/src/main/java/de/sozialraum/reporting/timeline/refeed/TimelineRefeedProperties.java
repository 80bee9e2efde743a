package de.sozialraum.reporting.timeline.refeed;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Re-feeding the timelines from the event topic (docs/operations.md, "Re-feeding the timeline").
 *
 * @param pollTimeout how long one read from the topic waits for records; the progress is saved after each read
 * @param staleAfter  a re-feed whose progress has not been saved for this long is taken as abandoned (its instance
 *                    died): it is marked failed, and a new one may start
 */
@ConfigurationProperties("sozialraum.timeline.refeed")
public record TimelineRefeedProperties(
        @DefaultValue("500ms") Duration pollTimeout,
        @DefaultValue("2m") Duration staleAfter) {

    public TimelineRefeedProperties {
        if (pollTimeout.isNegative() || pollTimeout.isZero() || staleAfter.compareTo(pollTimeout) <= 0) {
            throw new IllegalArgumentException("sozialraum.timeline.refeed: poll-timeout must be positive and below stale-after");
        }
    }
}
