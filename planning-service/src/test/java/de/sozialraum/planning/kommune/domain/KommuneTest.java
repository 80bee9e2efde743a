package de.sozialraum.planning.kommune.domain;

import static de.sozialraum.planning.FixtureActors.as;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.sozialraum.planning.kommune.KommuneDirectory;
import de.sozialraum.planning.kommune.api.AddDepartmentCommand;
import de.sozialraum.planning.kommune.api.Department;
import de.sozialraum.planning.kommune.api.DepartmentAddedEvent;
import de.sozialraum.planning.kommune.api.DepartmentRetiredEvent;
import de.sozialraum.planning.kommune.api.DepartmentType;
import de.sozialraum.planning.kommune.api.KommuneKind;
import de.sozialraum.planning.kommune.api.KommuneRegisteredEvent;
import de.sozialraum.planning.kommune.api.RegisterKommuneCommand;
import de.sozialraum.planning.kommune.api.RetireDepartmentCommand;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.ActorMetaData;
import de.sozialraum.platform.problem.ConflictException;
import de.sozialraum.platform.problem.DomainException;
import de.sozialraum.platform.problem.ForbiddenException;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.platform.problem.RuleViolationException;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KommuneTest {

    private static final String JENA = "16053";
    private static final String WARTBURGKREIS = "16063";
    private static final String BAD_SALZUNGEN = "16063003";
    private static final List<Department> DEFAULTS = List.of(
            new Department("jugendamt", "Jugendamt", DepartmentType.AMT),
            new Department("sozialamt", "Sozialamt", DepartmentType.AMT));
    private static final Actor SYSTEM = new Actor("system", "Systemkonto (ohne Anmeldung)", "SYSTEM", null, null);
    private static final TestUser LAND_ADMIN = new TestUser("admin-land", "Landesadministration", "ADMIN", null, null);
    private static final TestUser ADMIN_GERA = new TestUser("admin-gera", "Administration Gera", "ADMIN", null, TestUser.GERA);

    private AggregateTestFixture<Kommune> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Kommune.class);
        Map<String, KommuneKind> registered = Map.of(JENA, KommuneKind.KREISFREIE_STADT, WARTBURGKREIS, KommuneKind.LANDKREIS);
        fixture.registerInjectableResource((KommuneDirectory) key -> Optional.ofNullable(registered.get(key)));
        fixture.registerInjectableResource((DepartmentDefaults) () -> DEFAULTS);
    }

    @Test
    void theSystemRegistersAReferenceKommuneWhichStartsWithTheDefaultCatalogue() {
        fixture.givenNoPriorActivity()
                .when(new RegisterKommuneCommand(JENA, " Jena ", KommuneKind.KREISFREIE_STADT), ActorMetaData.of(SYSTEM))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new KommuneRegisteredEvent(JENA, "Jena", KommuneKind.KREISFREIE_STADT, DEFAULTS));
    }

    @Test
    void anAdministratorRegistersAGemeindeOfARegisteredLandkreis() {
        fixture.givenNoPriorActivity()
                .when(new RegisterKommuneCommand(BAD_SALZUNGEN, "Bad Salzungen", KommuneKind.GEMEINDE), as(TestUser.ADMIN))
                .expectEvents(new KommuneRegisteredEvent(BAD_SALZUNGEN, "Bad Salzungen", KommuneKind.GEMEINDE, DEFAULTS));
    }

    @Test
    void onlyAdministratorsAndTheSystemRegisterKommunen() {
        for (TestUser user : List.of(TestUser.STABSSTELLE, TestUser.LEITUNG_JUGENDAMT, TestUser.PRUEFUNG)) {
            fixture.givenNoPriorActivity()
                    .when(new RegisterKommuneCommand(BAD_SALZUNGEN, "Bad Salzungen", KommuneKind.GEMEINDE), as(user))
                    .expectException(refusal(ForbiddenException.class, "kommune-register-not-permitted"))
                    .expectNoEvents();
        }
    }

    @Test
    void theKeyMustFitTheKind() {
        for (String gemeinde : List.of("16063", "1606300", "160630031", "1606300A", "16063000")) {
            fixture.givenNoPriorActivity()
                    .when(new RegisterKommuneCommand(gemeinde, "Irgendwo", KommuneKind.GEMEINDE), as(TestUser.ADMIN))
                    .expectException(refusal(RuleViolationException.class, "kommune-key-invalid"))
                    .expectNoEvents();
        }
        fixture.givenNoPriorActivity()
                .when(new RegisterKommuneCommand(BAD_SALZUNGEN, "Bad Salzungen", KommuneKind.LANDKREIS), ActorMetaData.of(SYSTEM))
                .expectException(refusal(RuleViolationException.class, "kommune-key-invalid"))
                .expectNoEvents();
    }

    @Test
    void aGemeindeLiesInARegisteredLandkreisNotInAKreisfreieStadtOrAnUnknownKreis() {
        for (String gemeinde : List.of("16053001", "16056001")) {
            fixture.givenNoPriorActivity()
                    .when(new RegisterKommuneCommand(gemeinde, "Irgendwo", KommuneKind.GEMEINDE), as(TestUser.ADMIN))
                    .expectException(refusal(RuleViolationException.class, "kommune-landkreis-unknown"))
                    .expectNoEvents();
        }
    }

    @Test
    void aKommuneNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterKommuneCommand(BAD_SALZUNGEN, "  ", KommuneKind.GEMEINDE), as(TestUser.ADMIN))
                .expectException(refusal(RuleViolationException.class, "text-missing"))
                .expectNoEvents();
    }

    @Test
    void theStabsstelleAddsAFreierTraegerToItsKommune() {
        fixture.given(jena())
                .when(new AddDepartmentCommand(JENA, "stadtteilbuero-lobeda", " Stadtteilbüro Lobeda (AWO) ", DepartmentType.FREIER_TRAEGER),
                        as(TestUser.STABSSTELLE))
                .expectEvents(new DepartmentAddedEvent(JENA, "stadtteilbuero-lobeda", "Stadtteilbüro Lobeda (AWO)", DepartmentType.FREIER_TRAEGER));
    }

    @Test
    void administratorsOfTheKommuneAndOfTheLandAddDepartmentsToo() {
        for (TestUser admin : List.of(TestUser.ADMIN, LAND_ADMIN)) {
            fixture.given(jena())
                    .when(new AddDepartmentCommand(JENA, "bauamt", "Bauamt", DepartmentType.AMT), as(admin))
                    .expectEvents(new DepartmentAddedEvent(JENA, "bauamt", "Bauamt", DepartmentType.AMT));
        }
    }

    @Test
    void anotherKommunesCatalogueDoesNotExistForItsStabsstelleOrAdministrator() {
        for (TestUser foreign : List.of(TestUser.STABSSTELLE_GERA, ADMIN_GERA, TestUser.LEITUNG_JUGENDAMT_GERA)) {
            fixture.given(jena())
                    .when(new AddDepartmentCommand(JENA, "bauamt", "Bauamt", DepartmentType.AMT), as(foreign))
                    .expectException(refusal(NotFoundException.class, "not-found"))
                    .expectNoEvents();
            fixture.given(jena())
                    .when(new RetireDepartmentCommand(JENA, "jugendamt", "aufgelöst"), as(foreign))
                    .expectException(refusal(NotFoundException.class, "not-found"))
                    .expectNoEvents();
        }
    }

    @Test
    void departmentHeadsAndAuditorsDoNotManageTheCatalogue() {
        for (TestUser user : List.of(TestUser.LEITUNG_JUGENDAMT, TestUser.PRUEFUNG)) {
            fixture.given(jena())
                    .when(new AddDepartmentCommand(JENA, "bauamt", "Bauamt", DepartmentType.AMT), as(user))
                    .expectException(refusal(ForbiddenException.class, "departments-not-permitted"))
                    .expectNoEvents();
            fixture.given(jena())
                    .when(new RetireDepartmentCommand(JENA, "sozialamt", "aufgelöst"), as(user))
                    .expectException(refusal(ForbiddenException.class, "departments-not-permitted"))
                    .expectNoEvents();
        }
    }

    @Test
    void aDepartmentKeyIsASlug() {
        for (String key : List.of("Bauamt", "bau amt", "bau--amt", "-bauamt", "b", "ä-amt", "x".repeat(41))) {
            fixture.given(jena())
                    .when(new AddDepartmentCommand(JENA, key, "Bauamt", DepartmentType.AMT), as(TestUser.STABSSTELLE))
                    .expectException(refusal(RuleViolationException.class, "department-key-invalid"))
                    .expectNoEvents();
        }
    }

    @Test
    void aDepartmentNeedsAName() {
        fixture.given(jena())
                .when(new AddDepartmentCommand(JENA, "bauamt", " ", DepartmentType.AMT), as(TestUser.STABSSTELLE))
                .expectException(refusal(RuleViolationException.class, "text-missing"))
                .expectNoEvents();
    }

    @Test
    void aKeyStaysTakenAlsoAfterItsDepartmentWasRetired() {
        fixture.given(jena())
                .when(new AddDepartmentCommand(JENA, "jugendamt", "Jugendamt", DepartmentType.AMT), as(TestUser.STABSSTELLE))
                .expectException(departmentExists("ACTIVE"))
                .expectNoEvents();
        fixture.given(jena(), new DepartmentRetiredEvent(JENA, "sozialamt", "Zusammengelegt"))
                .when(new AddDepartmentCommand(JENA, "sozialamt", "Sozialamt", DepartmentType.AMT), as(TestUser.STABSSTELLE))
                .expectException(departmentExists("RETIRED"))
                .expectNoEvents();
    }

    @Test
    void anUnregisteredKommuneHasNoCatalogue() {
        fixture.givenNoPriorActivity()
                .when(new AddDepartmentCommand(JENA, "bauamt", "Bauamt", DepartmentType.AMT), as(TestUser.STABSSTELLE))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void theStabsstelleRetiresADepartmentWithAReasonAndNothingIsDeleted() {
        fixture.given(jena(), new DepartmentAddedEvent(JENA, "stadtteilbuero-lobeda", "Stadtteilbüro Lobeda", DepartmentType.FREIER_TRAEGER))
                .when(new RetireDepartmentCommand(JENA, "stadtteilbuero-lobeda", " Trägerwechsel zum 1. Januar "), as(TestUser.STABSSTELLE))
                .expectEvents(new DepartmentRetiredEvent(JENA, "stadtteilbuero-lobeda", "Trägerwechsel zum 1. Januar"));
    }

    @Test
    void onlyAKnownActiveDepartmentIsRetiredAndOnlyWithAReason() {
        fixture.given(jena())
                .when(new RetireDepartmentCommand(JENA, "bauamt", "gibt es nicht"), as(TestUser.STABSSTELLE))
                .expectException(refusal(NotFoundException.class, "department-not-found"))
                .expectNoEvents();
        fixture.given(jena(), new DepartmentRetiredEvent(JENA, "sozialamt", "Zusammengelegt"))
                .when(new RetireDepartmentCommand(JENA, "sozialamt", "noch einmal"), as(TestUser.STABSSTELLE))
                .expectException(refusal(ConflictException.class, "department-retired"))
                .expectNoEvents();
        fixture.given(jena())
                .when(new RetireDepartmentCommand(JENA, "sozialamt", " "), as(TestUser.STABSSTELLE))
                .expectException(refusal(RuleViolationException.class, "reason-missing"))
                .expectNoEvents();
    }

    private static KommuneRegisteredEvent jena() {
        return new KommuneRegisteredEvent(JENA, "Jena", KommuneKind.KREISFREIE_STADT, DEFAULTS);
    }

    private static Matcher<Object> refusal(Class<? extends DomainException> type, String code) {
        return Matchers.<Object>predicate(e -> type.isInstance(e) && ((DomainException) e).code().equals(code));
    }

    private static Matcher<Object> departmentExists(String currentStatus) {
        return Matchers.<Object>predicate(e -> e instanceof DepartmentExistsException exists
                && exists.details().equals(Map.of("currentStatus", currentStatus)));
    }
}
