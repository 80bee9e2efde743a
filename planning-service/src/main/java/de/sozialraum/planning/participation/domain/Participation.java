package de.sozialraum.planning.participation.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import de.sozialraum.planning.access.PlanningAccessRules;
import de.sozialraum.planning.domain.Texts;
import de.sozialraum.planning.participation.api.AnswerContributionCommand;
import de.sozialraum.planning.participation.api.ContributionAnsweredEvent;
import de.sozialraum.planning.participation.api.ContributionReceivedEvent;
import de.sozialraum.planning.participation.api.ParticipationRecordedEvent;
import de.sozialraum.planning.participation.api.ReceiveContributionCommand;
import de.sozialraum.planning.participation.api.RecordParticipationCommand;
import de.sozialraum.planning.sozialraum.domain.SozialraumCatalogue;
import de.sozialraum.planning.sozialraum.domain.SozialraumRetiredException;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.problem.ConflictException;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A participation format held in a Sozialraum (Bürgerforum, survey, youth forum …), the contributions
 * it brought, and what the Kommune did with each ("you said — we did"). Contributions need no personal
 * data: a topic and a text.
 */
@Aggregate
public class Participation {

    @AggregateIdentifier
    private String participationId;
    private String sozialraumId;
    private String kommuneKey;
    /** Every contribution received; true once answered. */
    private final Map<String, Boolean> contributions = new HashMap<>();

    protected Participation() {
        // Axon needs it to rebuild the aggregate from its events.
    }

    @CommandHandler
    public Participation(RecordParticipationCommand command, SozialraumCatalogue sozialraeume, Clock clock, Actor actor) {
        Optional<SozialraumCatalogue.Known> sozialraum = sozialraeume.find(command.sozialraumId());
        PlanningAccessRules.recordParticipation(actor, sozialraum.map(SozialraumCatalogue.Known::kommuneKey).orElse(null),
                command.sozialraumId());
        if (sozialraum.orElseThrow().retired()) {
            throw new SozialraumRetiredException(command.sozialraumId());
        }
        if (command.heldOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("participation-in-future", "A format is recorded once held, not on "
                    + command.heldOn(), command.heldOn());
        }
        if (command.participants() < 0) {
            throw new RuleViolationException("participants-negative", "Participants must not be negative", command.participants());
        }
        apply(new ParticipationRecordedEvent(command.participationId(), command.sozialraumId(), actor.kommune(), command.kind(),
                Texts.required(command.title()), command.heldOn(), command.participants(), command.groupsReached()));
    }

    @CommandHandler
    public void handle(ReceiveContributionCommand command, Actor actor) {
        PlanningAccessRules.changeParticipation(actor, kommuneKey, participationId);
        requireAddressedAs(command.sozialraumId());
        if (contributions.containsKey(command.contributionId())) {
            throw new ConflictException("contribution-exists", "Contribution " + command.contributionId() + " exists already",
                    command.contributionId());
        }
        apply(new ContributionReceivedEvent(command.contributionId(), participationId, sozialraumId, kommuneKey,
                Texts.required(command.topic()), Texts.required(command.text())));
    }

    @CommandHandler
    public void handle(AnswerContributionCommand command, GoalCatalogue goals, Actor actor) {
        PlanningAccessRules.changeParticipation(actor, kommuneKey, participationId);
        requireAddressedAs(command.sozialraumId());
        Boolean answered = contributions.get(command.contributionId());
        if (answered == null) {
            throw new NotFoundException("contribution-not-found", "No contribution " + command.contributionId()
                    + " in format " + participationId, command.contributionId());
        }
        if (answered) {
            throw new ConflictException("contribution-answered", "Contribution " + command.contributionId() + " is answered already",
                    command.contributionId());
        }
        String goalId = Texts.optional(command.goalId());
        if (goalId != null && !goals.isOpenGoalOf(goalId, sozialraumId)) {
            throw new RuleViolationException("goal-unknown", "Goal " + goalId + " is no open goal of " + sozialraumId, goalId);
        }
        apply(new ContributionAnsweredEvent(command.contributionId(), participationId, sozialraumId, kommuneKey,
                goalId, Texts.optional(command.decisionReference()), Texts.required(command.note())));
    }

    /** A format addressed under another Sozialraum's path does not exist there. */
    private void requireAddressedAs(String addressedSozialraumId) {
        if (!sozialraumId.equals(addressedSozialraumId)) {
            throw new NotFoundException("not-found", "No format " + participationId + " in " + addressedSozialraumId, participationId);
        }
    }



    @EventSourcingHandler
    void on(ParticipationRecordedEvent event) {
        participationId = event.participationId();
        sozialraumId = event.sozialraumId();
        kommuneKey = event.kommuneKey();
    }

    @EventSourcingHandler
    void on(ContributionReceivedEvent event) {
        contributions.put(event.contributionId(), false);
    }

    @EventSourcingHandler
    void on(ContributionAnsweredEvent event) {
        contributions.put(event.contributionId(), true);
    }
}
