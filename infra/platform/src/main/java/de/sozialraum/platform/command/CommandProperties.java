package de.sozialraum.platform.command;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How commands are sent.
 *
 * @param conflictRetries       how often a command that lost a race for the same aggregate to another
 *                              instance is sent again (it then decides on what the winner recorded)
 * @param conflictRetryInterval pause before each such retry
 */
@ConfigurationProperties("sozialraum.commands")
public record CommandProperties(
        @DefaultValue("3") int conflictRetries,
        @DefaultValue("20ms") Duration conflictRetryInterval) {
}
