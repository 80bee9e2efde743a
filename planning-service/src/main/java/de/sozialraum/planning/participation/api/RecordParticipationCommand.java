package de.sozialraum.planning.participation.api;

import java.time.LocalDate;
import java.util.Set;

import de.sozialraum.planning.sozialraum.api.TargetGroup;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A participation format that was held.
 *
 * @param participants how many took part (no names: the system needs no personal data)
 * @param groupsReached target groups that were reached
 */
public record RecordParticipationCommand(
        @TargetAggregateIdentifier String participationId,
        String sozialraumId,
        ParticipationKind kind,
        String title,
        LocalDate heldOn,
        int participants,
        Set<TargetGroup> groupsReached) {
}
