package de.sozialraum.planning.sozialraum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.sozialraum.planning.kommune.KommuneDirectory;
import de.sozialraum.planning.kommune.api.KommuneKind;
import de.sozialraum.planning.sozialraum.api.CarriedGoal;
import de.sozialraum.planning.sozialraum.api.GoalClosedEvent;
import de.sozialraum.planning.sozialraum.api.GoalLink;
import de.sozialraum.planning.sozialraum.api.GoalOutcome;
import de.sozialraum.planning.sozialraum.api.GoalPlan;
import de.sozialraum.planning.sozialraum.api.GoalSetEvent;
import de.sozialraum.planning.sozialraum.api.Handlungsfeld;
import de.sozialraum.planning.sozialraum.api.Leitziel;
import de.sozialraum.planning.sozialraum.api.MergeSozialraeumeCommand;
import de.sozialraum.planning.sozialraum.api.NewSozialraum;
import de.sozialraum.planning.sozialraum.api.RegisterSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.RenameSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.Restructuring;
import de.sozialraum.planning.sozialraum.api.RetireSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.SozialraumKind;
import de.sozialraum.planning.sozialraum.api.SozialraumRegisteredEvent;
import de.sozialraum.planning.sozialraum.api.SozialraumRetiredEvent;
import de.sozialraum.planning.sozialraum.api.SplitSozialraumCommand;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.ActorMetaData;
import de.sozialraum.platform.problem.ForbiddenException;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.platform.problem.RuleViolationException;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Merge and split across several aggregates, through Axon's own command bus, repository and event
 * store (in memory): what is appended, and that it is appended in one piece or not at all.
 */
class SozialraumRestructuringTest {

    private static final String JENA = "16053";
    private static final KommuneDirectory JENA_ONLY = key -> JENA.equals(key) ? Optional.of(KommuneKind.KREISFREIE_STADT) : Optional.empty();
    private static final GoalPlan PLAN = new GoalPlan("Kinderarmut senken", Handlungsfeld.JUGENDHILFE, Leitziel.ARMUTSBEKAEMPFUNG,
            Set.of(), "jugendamt", LocalDate.of(2030, 12, 31), null);

    private final RecordingEngine engine = new RecordingEngine();
    private final List<String> active = new ArrayList<>();
    private Configuration axon;

    @BeforeEach
    void start() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(configuration -> engine)
                .configureAggregate(Sozialraum.class)
                .registerCommandHandler(configuration -> new SozialraumRestructuring(configuration.commandGateway()))
                .registerComponent(KommuneDirectory.class, configuration -> JENA_ONLY)
                .registerComponent(SozialraumCatalogue.class, configuration -> id -> active.contains(id)
                        ? Optional.of(new SozialraumCatalogue.Known(JENA, false)) : Optional.empty())
                .configureCorrelationDataProviders(configuration -> List.of(new MessageOriginProvider(),
                        new SimpleCorrelationDataProvider(ActorMetaData.KEYS.toArray(String[]::new))))
                .buildConfiguration();
        axon.start();
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void aMergeIsOneAppendOfEveryAggregatesEventsAuthoredByTheCaller() {
        String lobeda = sozialraum("Lobeda");
        String winzerla = sozialraum("Winzerla");
        setGoal(lobeda, "goal-1");
        engine.appends.clear();

        String sued = send(TestUser.STABSSTELLE, merge(List.of(winzerla, lobeda)));

        assertThat(engine.appends).as("one unit of work, one commit").hasSize(1);
        List<? extends EventMessage<?>> commit = engine.appends.get(0);
        String carried = CarriedGoal.idFor(sued, "goal-1");
        List<String> first = sortedPair(lobeda, winzerla);
        assertThat(commit).extracting(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier())
                .containsExactlyElementsOf(first.get(0).equals(lobeda)
                        ? List.of(lobeda, lobeda, winzerla, sued, sued)
                        : List.of(winzerla, lobeda, lobeda, sued, sued));
        assertThat(commit).extracting(event -> (Object) event.getPayload()).contains(
                new GoalClosedEvent("goal-1", lobeda, JENA, GoalOutcome.TRANSFERRED, "Zusammenlegung: zusammengelegt", new GoalLink(sued, carried)),
                new SozialraumRetiredEvent(lobeda, JENA, "zusammengelegt", Restructuring.MERGE, List.of(sued)),
                new SozialraumRetiredEvent(winzerla, JENA, "zusammengelegt", Restructuring.MERGE, List.of(sued)),
                new SozialraumRegisteredEvent(sued, JENA, "Jena-Süd", SozialraumKind.PLANUNGSRAUM, null, null, null,
                        Restructuring.MERGE, List.of(winzerla, lobeda)));
        GoalSetEvent goal = (GoalSetEvent) commit.get(commit.size() - 1).getPayload();
        assertThat(goal.goalId()).isEqualTo(carried);
        assertThat(goal.carriedOverFrom()).isEqualTo(new GoalLink(lobeda, "goal-1"));
        assertThat(commit).allSatisfy(event ->
                assertThat(ActorMetaData.from(event.getMetaData())).map(Actor::id).contains(TestUser.STABSSTELLE.id()));
    }

    @Test
    void aMergeRefusedByItsLastPredecessorAppendsNothingAtAll() {
        String lobeda = sozialraum("Lobeda");
        String winzerla = sozialraum("Winzerla");
        setGoal(lobeda, "goal-1");
        String last = sortedPair(lobeda, winzerla).get(1);
        send(TestUser.STABSSTELLE, new RetireSozialraumCommand(last, "aufgelöst"));
        engine.appends.clear();

        assertThatThrownBy(() -> send(TestUser.STABSSTELLE, merge(List.of(lobeda, winzerla))))
                .isInstanceOf(SozialraumRetiredException.class);

        assertThat(engine.appends).as("the first predecessor's events were rolled back with the rest").isEmpty();
        String first = sortedPair(lobeda, winzerla).get(0);
        send(TestUser.STABSSTELLE, new RenameSozialraumCommand(first, "noch aktiv"));
    }

    @Test
    void aMergeWithAnUnknownOrForeignSozialraumAppendsNothing() {
        String lobeda = sozialraum("Lobeda");
        String unknown = UUID.randomUUID().toString();

        assertThatThrownBy(() -> send(TestUser.STABSSTELLE, merge(List.of(lobeda, unknown)))).isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> send(TestUser.STABSSTELLE_GERA, new MergeSozialraeumeCommand(UUID.randomUUID().toString(),
                TestUser.GERA, List.of(lobeda, sozialraum("Winzerla")), successor("Gera-Süd"), "zusammengelegt")))
                .isInstanceOf(NotFoundException.class);

        assertThat(engine.appends).as("only the registrations").hasSize(2);
    }

    @Test
    void aMergeIsRefusedBeforeAnythingIsLoadedForTooFewOrRepeatedSozialraeumeOrTheWrongRole() {
        String lobeda = sozialraum("Lobeda");
        engine.appends.clear();

        assertThatThrownBy(() -> send(TestUser.STABSSTELLE, merge(List.of(lobeda))))
                .isInstanceOf(RuleViolationException.class).hasMessage("A merge needs at least two different Sozialräume");
        assertThatThrownBy(() -> send(TestUser.STABSSTELLE, merge(List.of(lobeda, lobeda))))
                .isInstanceOf(RuleViolationException.class).hasMessage("Sozialraum " + lobeda + " is named twice");
        assertThatThrownBy(() -> send(TestUser.LEITUNG_JUGENDAMT_GERA, merge(List.of(lobeda, UUID.randomUUID().toString()))))
                .as("the role before any id: no answer tells whether an id exists").isInstanceOf(ForbiddenException.class);
        assertThat(engine.appends).isEmpty();
    }

    @Test
    void aSplitIsOneAppendAndItsSuccessorsTakeOverTheGoalsGivenToThem() {
        String lobeda = sozialraum("Lobeda");
        setGoal(lobeda, "goal-1");
        setGoal(lobeda, "goal-2");
        engine.appends.clear();

        List<String> successors = send(TestUser.STABSSTELLE, new SplitSozialraumCommand(lobeda, List.of(
                new SplitSozialraumCommand.Successor("sr-nord", successor("Lobeda-Nord"), Set.of("goal-2")),
                new SplitSozialraumCommand.Successor("sr-west", successor("Lobeda-West"), Set.of("goal-1"))), "geteilt"));

        assertThat(successors).containsExactly("sr-nord", "sr-west");
        assertThat(engine.appends).hasSize(1);
        assertThat(engine.appends.get(0)).extracting(event -> (Object) event.getPayload()).filteredOn(GoalSetEvent.class::isInstance)
                .extracting(event -> ((GoalSetEvent) event).sozialraumId() + ":" + ((GoalSetEvent) event).carriedOverFrom().goalId())
                .containsExactly("sr-nord:goal-2", "sr-west:goal-1");
    }

    @Test
    void aSplitLeavingAnOpenGoalBehindAppendsNothing() {
        String lobeda = sozialraum("Lobeda");
        setGoal(lobeda, "goal-1");
        engine.appends.clear();

        assertThatThrownBy(() -> send(TestUser.STABSSTELLE, new SplitSozialraumCommand(lobeda, List.of(
                new SplitSozialraumCommand.Successor("sr-nord", successor("Lobeda-Nord"), Set.of()),
                new SplitSozialraumCommand.Successor("sr-west", successor("Lobeda-West"), Set.of())), "geteilt")))
                .isInstanceOf(GoalsUnassignedException.class);
        assertThat(engine.appends).isEmpty();
    }

    private MergeSozialraeumeCommand merge(List<String> predecessors) {
        return new MergeSozialraeumeCommand(UUID.randomUUID().toString(), JENA, predecessors, successor("Jena-Süd"), "zusammengelegt");
    }

    private static NewSozialraum successor(String name) {
        return new NewSozialraum(name, SozialraumKind.PLANUNGSRAUM, null, null, null);
    }

    private String sozialraum(String name) {
        String id = UUID.randomUUID().toString();
        send(TestUser.STABSSTELLE, new RegisterSozialraumCommand(id, JENA, name,
                SozialraumKind.STADTTEIL, null, null, null));
        active.add(id);
        return id;
    }

    private void setGoal(String sozialraumId, String goalId) {
        // the aggregate's own goal rules are covered by SozialraumTest; here only the event matters
        engine.appendEvents(List.of(new GenericDomainEventMessage<>("Sozialraum", sozialraumId,
                engine.lastSequenceNumberFor(sozialraumId).orElseThrow() + 1, GoalSetEvent.of(goalId, sozialraumId, JENA, PLAN))));
    }

    private static List<String> sortedPair(String one, String other) {
        return one.compareTo(other) < 0 ? List.of(one, other) : List.of(other, one);
    }

    private <R> R send(TestUser user, Object command) {
        return axon.commandGateway().sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(ActorMetaData.of(new Actor(user.id(), user.name(), user.role(), user.department(), user.kommune()))));
    }

    /** Axon's in-memory engine, remembering each append: one per committed unit of work. */
    private static final class RecordingEngine extends InMemoryEventStorageEngine {

        private final List<List<? extends EventMessage<?>>> appends = new ArrayList<>();

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            appends.add(List.copyOf(events));
            super.appendEvents(events);
        }
    }
}
