package de.sozialraum.planning.participation.query;

import java.time.LocalDate;
import java.util.Set;

import de.sozialraum.planning.participation.api.ParticipationKind;
import de.sozialraum.planning.sozialraum.api.TargetGroup;

/** A participation format held, with how many of its contributions have been answered. */
public record ParticipationView(
        String id,
        String sozialraumId,
        ParticipationKind kind,
        String title,
        LocalDate heldOn,
        int participants,
        Set<TargetGroup> groupsReached,
        long contributions,
        long answered,
        long unanswered) {
}
