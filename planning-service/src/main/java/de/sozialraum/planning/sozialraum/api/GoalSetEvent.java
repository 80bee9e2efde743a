package de.sozialraum.planning.sozialraum.api;

import java.time.LocalDate;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

@PublishedAs("de.sozialraum.planning.GoalSet.v1")
public record GoalSetEvent(
        String goalId,
        String sozialraumId,
        String kommuneKey,
        String title,
        Handlungsfeld handlungsfeld,
        LocalDate dueDate) implements TimelineEvent {
}
