package de.sozialraum.planning.participation.domain;

import static de.sozialraum.planning.FixtureActors.as;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

import de.sozialraum.planning.participation.api.AnswerContributionCommand;
import de.sozialraum.planning.participation.api.ContributionAnsweredEvent;
import de.sozialraum.planning.participation.api.ContributionReceivedEvent;
import de.sozialraum.planning.participation.api.ParticipationKind;
import de.sozialraum.planning.participation.api.ParticipationRecordedEvent;
import de.sozialraum.planning.participation.api.ReceiveContributionCommand;
import de.sozialraum.planning.participation.api.RecordParticipationCommand;
import de.sozialraum.planning.sozialraum.api.TargetGroup;
import de.sozialraum.planning.sozialraum.domain.SozialraumCatalogue;
import de.sozialraum.planning.sozialraum.domain.SozialraumRetiredException;
import de.sozialraum.platform.problem.ConflictException;
import de.sozialraum.platform.problem.ForbiddenException;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.platform.problem.RuleViolationException;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParticipationTest {

    private static final String ID = "p-1";
    private static final String LOBEDA = "sr-lobeda";
    private static final String RETIRED = "sr-altlobeda";
    private static final String JENA = "16053";
    private static final LocalDate HELD = LocalDate.of(2026, 11, 20);

    private AggregateTestFixture<Participation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Participation.class);
        fixture.registerInjectableResource((SozialraumCatalogue) id -> switch (id) {
            case LOBEDA -> Optional.of(new SozialraumCatalogue.Known(JENA, false));
            case RETIRED -> Optional.of(new SozialraumCatalogue.Known(JENA, true));
            default -> Optional.empty();
        });
        fixture.registerInjectableResource((GoalCatalogue) (goal, sozialraum) -> "goal-1".equals(goal) && LOBEDA.equals(sozialraum));
        // goal-2 of Lobeda was abandoned: not open, so it cannot take up a contribution
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneId.of("Europe/Berlin")));
    }

    @Test
    void recordsAFormatHeldWithItsParticipantsAndGroupsReached() {
        fixture.givenNoPriorActivity()
                .when(new RecordParticipationCommand(ID, LOBEDA, ParticipationKind.BUERGERFORUM, " Forum Lobeda ", HELD, 45,
                        Set.of(TargetGroup.AELTERE)), as(TestUser.STABSSTELLE))
                .expectEvents(recorded());
    }

    @Test
    void refusesAFormatInTheFutureForARetiredOrAnotherKommunesSozialraumOrByADepartmentHead() {
        fixture.givenNoPriorActivity()
                .when(new RecordParticipationCommand(ID, LOBEDA, ParticipationKind.BUERGERFORUM, "Forum", HELD.plusDays(10), 45, Set.of()),
                        as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordParticipationCommand(ID, LOBEDA, ParticipationKind.BUERGERFORUM, "Forum", HELD, 45, Set.of()),
                        as(TestUser.STABSSTELLE_GERA))
                .expectException(NotFoundException.class)
                .expectExceptionMessage("Nothing with id sr-lobeda in the actor's Kommune")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordParticipationCommand(ID, RETIRED, ParticipationKind.BUERGERFORUM, "Forum", HELD, 45, Set.of()),
                        as(TestUser.STABSSTELLE))
                .expectException(SozialraumRetiredException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordParticipationCommand(ID, LOBEDA, ParticipationKind.BUERGERFORUM, "Forum", HELD, 45, Set.of()),
                        as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }

    @Test
    void aContributionIsReceivedAndAnsweredOnceByAGoalOfTheSozialraum() {
        fixture.given(recorded())
                .when(new ReceiveContributionCommand(ID, LOBEDA, "c-1", " Spielplatz ", " Mehr Bänke am Spielplatz "), as(TestUser.STABSSTELLE))
                .expectEvents(new ContributionReceivedEvent("c-1", ID, LOBEDA, JENA, "Spielplatz", "Mehr Bänke am Spielplatz"));
        fixture.given(recorded(), received())
                .when(new AnswerContributionCommand(ID, LOBEDA, "c-1", "goal-1", " ", " Aufgenommen in das Ziel Teilhabe im Alter "),
                        as(TestUser.STABSSTELLE))
                .expectEvents(new ContributionAnsweredEvent("c-1", ID, LOBEDA, JENA, "goal-1", null, "Aufgenommen in das Ziel Teilhabe im Alter"));
    }

    @Test
    void anAnswerNeedsAKnownContributionAGoalOfThisSozialraumAndComesOnlyOnce() {
        fixture.given(recorded())
                .when(new AnswerContributionCommand(ID, LOBEDA, "c-9", null, null, "Antwort"), as(TestUser.STABSSTELLE))
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.given(recorded(), received())
                .when(new AnswerContributionCommand(ID, LOBEDA, "c-1", "goal-of-gera", null, "Antwort"), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(recorded(), received())
                .when(new AnswerContributionCommand(ID, LOBEDA, "c-1", "goal-2", null, "Antwort"), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Goal goal-2 is no open goal of sr-lobeda")
                .expectNoEvents();
        fixture.given(recorded(), received(), new ContributionAnsweredEvent("c-1", ID, LOBEDA, JENA, null, "B-2026-17", "Beschlossen"))
                .when(new AnswerContributionCommand(ID, LOBEDA, "c-1", null, null, "Noch einmal"), as(TestUser.STABSSTELLE))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aFormatAddressedUnderAnotherSozialraumOrByAnotherKommuneDoesNotExist() {
        fixture.given(recorded())
                .when(new ReceiveContributionCommand(ID, "sr-winzerla", "c-1", "Spielplatz", "Bänke"), as(TestUser.STABSSTELLE))
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.given(recorded())
                .when(new ReceiveContributionCommand(ID, LOBEDA, "c-1", "Spielplatz", "Bänke"), as(TestUser.STABSSTELLE_GERA))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    private static ParticipationRecordedEvent recorded() {
        return new ParticipationRecordedEvent(ID, LOBEDA, JENA, ParticipationKind.BUERGERFORUM, "Forum Lobeda", HELD, 45,
                Set.of(TargetGroup.AELTERE));
    }

    private static ContributionReceivedEvent received() {
        return new ContributionReceivedEvent("c-1", ID, LOBEDA, JENA, "Spielplatz", "Mehr Bänke am Spielplatz");
    }
}
