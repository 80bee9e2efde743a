package de.sozialraum.planning.participation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReceiveContributionCommand(
        @TargetAggregateIdentifier String participationId,
        String sozialraumId,
        String contributionId,
        String topic,
        String text) {
}
