package de.sozialraum.reporting.state;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The states of the timelines (docs/audit.md "State as of", docs/operations.md).
 *
 * @param snapshotEvery a snapshot of a timeline's state after every this many entries: an answer as of any instant reads
 *                      at most about twice as many entries, and a timeline of n entries keeps n / snapshotEvery snapshots
 * @param rebuildStaleAfter a rebuild that has shown no progress for this long counts as dead (its instance stopped): another
 *                          may start
 */
@Validated
@ConfigurationProperties("sozialraum.audit.state")
public record StateProperties(@DefaultValue("1000") @Min(2) int snapshotEvery,
                              @DefaultValue("2m") @NotNull Duration rebuildStaleAfter) {
}
