package de.sozialraum.reporting.state;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The states of the timelines (docs/audit.md "State as of", docs/operations.md).
 *
 * @param snapshotEvery a snapshot of a timeline's state after every this many entries: an answer as of any instant reads
 *                      at most about twice as many entries, and a timeline of n entries keeps n / snapshotEvery snapshots
 */
@Validated
@ConfigurationProperties("sozialraum.audit.state")
public record StateProperties(@DefaultValue("1000") @Min(10) int snapshotEvery) {
}
