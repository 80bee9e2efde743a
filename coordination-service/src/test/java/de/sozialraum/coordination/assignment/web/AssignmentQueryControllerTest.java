package de.sozialraum.coordination.assignment.web;

import static de.sozialraum.testsupport.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import de.sozialraum.coordination.assignment.api.AssignmentPriority;
import de.sozialraum.coordination.assignment.api.AssignmentStatus;
import de.sozialraum.coordination.assignment.query.AssignmentInbox;
import de.sozialraum.coordination.assignment.query.AssignmentOverview;
import de.sozialraum.coordination.assignment.query.AssignmentOverviews;
import de.sozialraum.coordination.assignment.query.AssignmentQueryProperties;
import de.sozialraum.coordination.assignment.query.AssignmentView;
import de.sozialraum.coordination.assignment.query.Inbox;
import de.sozialraum.coordination.assignment.query.MongoAssignmentViews;
import de.sozialraum.platform.security.ResourceServerConfiguration;
import de.sozialraum.platform.web.WebConfiguration;
import de.sozialraum.testsupport.TestTokens;
import de.sozialraum.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(AssignmentQueryController.class)
@ImportAutoConfiguration({WebConfiguration.class, ResourceServerConfiguration.class})
@ContextConfiguration(initializers = TestTokens.Initializer.class)
@Import(AssignmentQueryControllerTest.Properties.class)
class AssignmentQueryControllerTest {

    static final LocalDate TODAY = LocalDate.of(2027, 4, 1);

    @TestConfiguration
    static class Properties {

        @Bean
        AssignmentQueryProperties assignmentQueryProperties() {
            return new AssignmentQueryProperties(14);
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MongoAssignmentViews views;

    @MockitoBean
    AssignmentInbox inbox;

    @MockitoBean
    AssignmentOverviews overviews;

    @BeforeEach
    void jenasAssignment() {
        when(views.one(anyString())).thenReturn(Optional.empty());
        when(views.one("a-1")).thenReturn(Optional.of(new AssignmentView("a-1", TestUser.JENA, "sr-1", "jugendamt", "Streetwork ausbauen",
                null, AssignmentPriority.HIGH, AssignmentStatus.COUNTER_PROPOSED, LocalDate.of(2027, 6, 30), null, null, List.of("goal-1"),
                null, null, new AssignmentView.Proposal(LocalDate.of(2027, 9, 30), null, "Personal fehlt", Instant.parse("2027-03-02T09:00:00Z")),
                "Personal fehlt", null, null, Instant.parse("2027-03-01T08:00:00Z"), Instant.parse("2027-03-01T08:00:00Z"),
                Instant.parse("2027-03-02T09:00:00Z"), null, null, null, Instant.parse("2027-03-02T09:00:00Z"))));
        when(inbox.of(anyString(), anyString(), anyInt())).thenAnswer(call -> new Inbox(call.getArgument(0), call.getArgument(1), TODAY,
                call.getArgument(2), List.of(new Inbox.Item("a-9", "Spielplatz", "sr-1", "Lobeda", AssignmentStatus.ISSUED,
                AssignmentPriority.NORMAL, LocalDate.of(2027, 3, 29), -3, null)), List.of(), List.of()));
        when(overviews.of(anyString())).thenAnswer(call -> new AssignmentOverview(call.getArgument(0), TODAY,
                new AssignmentOverview.Figures(1, 0, 0, 1, 0, 0, null),
                List.of(new AssignmentOverview.DepartmentFigures("jugendamt", new AssignmentOverview.Figures(1, 0, 0, 1, 0, 2, 26.5))),
                List.of()));
    }

    @Test
    void anAssignmentIsReadWithItsCurrentStateAndOpenProposal() throws Exception {
        mvc.perform(get("/api/assignments/a-1").with(as(TestUser.LEITUNG_JUGENDAMT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("a-1"))
                .andExpect(jsonPath("$.status").value("COUNTER_PROPOSED"))
                .andExpect(jsonPath("$.dueDate").value("2027-06-30"))
                .andExpect(jsonPath("$.proposal.dueDate").value("2027-09-30"))
                .andExpect(jsonPath("$.proposal.reason").value("Personal fehlt"))
                .andExpect(jsonPath("$.issuedAt").value("2027-03-01T08:00:00Z"));
    }

    @Test
    void theStabsstelleOtherHeadsAndAuditorsOfTheKommuneReadAnAssignmentAdministratorsDoNot() throws Exception {
        for (TestUser reader : List.of(TestUser.STABSSTELLE, TestUser.LEITUNG_SOZIALAMT, TestUser.PRUEFUNG)) {
            mvc.perform(get("/api/assignments/a-1").with(as(reader))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/assignments/a-1").with(as(TestUser.ADMIN)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("assignment-read-not-permitted"));
    }

    @Test
    void anotherKommunesAssignmentAnswersExactlyLikeAnUnknownId() throws Exception {
        String unknown = mvc.perform(get("/api/assignments/a-2").with(as(TestUser.STABSSTELLE_GERA)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"))
                .andReturn().getResponse().getContentAsString();
        String foreign = mvc.perform(get("/api/assignments/a-1").with(as(TestUser.STABSSTELLE_GERA)))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(foreign).isEqualTo(unknown.replace("a-2", "a-1"));
        mvc.perform(get("/api/assignments/a-1").with(as(TestUser.LEITUNG_JUGENDAMT_GERA))).andExpect(status().isNotFound());
    }

    @Test
    void theHeadReadsItsDepartmentsInboxOfItsOwnKommuneWithTheConfiguredDueSoonDays() throws Exception {
        mvc.perform(get("/api/departments/jugendamt/inbox").with(as(TestUser.LEITUNG_JUGENDAMT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.department").value("jugendamt"))
                .andExpect(jsonPath("$.today").value("2027-04-01"))
                .andExpect(jsonPath("$.dueSoonDays").value(14))
                .andExpect(jsonPath("$.overdue[0].id").value("a-9"))
                .andExpect(jsonPath("$.overdue[0].sozialraumName").value("Lobeda"))
                .andExpect(jsonPath("$.overdue[0].daysLeft").value(-3));
        verify(inbox).of(TestUser.JENA, "jugendamt", 14);

        mvc.perform(get("/api/departments/jugendamt/inbox").param("dueSoonDays", "7").with(as(TestUser.LEITUNG_JUGENDAMT_GERA)))
                .andExpect(status().isOk());
        verify(inbox).of(TestUser.GERA, "jugendamt", 7);
    }

    @Test
    void theStabsstelleAndAuditorsReadEveryDepartmentsInboxOtherHeadsDoNot() throws Exception {
        mvc.perform(get("/api/departments/jugendamt/inbox").with(as(TestUser.STABSSTELLE))).andExpect(status().isOk());
        mvc.perform(get("/api/departments/sozialamt/inbox").with(as(TestUser.PRUEFUNG))).andExpect(status().isOk());
        mvc.perform(get("/api/departments/jugendamt/inbox").with(as(TestUser.LEITUNG_SOZIALAMT)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("inbox-other-department"))
                .andExpect(jsonPath("$.detail").value("Den Posteingang des Fachbereichs \"jugendamt\" liest nur dessen Leitung "
                        + "(sowie Stabsstelle und Prüfung)."));
        mvc.perform(get("/api/departments/jugendamt/inbox").with(as(TestUser.ADMIN)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("inbox-read-not-permitted"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/departments/Jugend_Amt/inbox", "/api/departments/jugendamt/inbox?dueSoonDays=366",
            "/api/departments/jugendamt/inbox?dueSoonDays=-1"})
    void anInvalidDepartmentKeyOrDueSoonDaysIsA400(String uri) throws Exception {
        mvc.perform(get(uri).with(as(TestUser.STABSSTELLE)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("validation"));
        verifyNoInteractions(inbox);
    }

    @Test
    void theOverviewIsTheStabsstellesAndTheAuditorsOfTheirOwnKommune() throws Exception {
        mvc.perform(get("/api/assignments/overview").with(as(TestUser.STABSSTELLE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kommuneKey").value(TestUser.JENA))
                .andExpect(jsonPath("$.total.medianHoursToAccept").value(nullValue()))
                .andExpect(jsonPath("$.departments[0].department").value("jugendamt"))
                .andExpect(jsonPath("$.departments[0].figures.counterProposalsWaiting").value(1))
                .andExpect(jsonPath("$.departments[0].figures.medianHoursToAccept").value(26.5));
        mvc.perform(get("/api/assignments/overview").with(as(TestUser.PRUEFUNG))).andExpect(status().isOk());
        mvc.perform(get("/api/assignments/overview").with(as(TestUser.STABSSTELLE_GERA)))
                .andExpect(jsonPath("$.kommuneKey").value(TestUser.GERA));
        verify(overviews).of(TestUser.GERA);
    }

    @Test
    void headsAndAdministratorsAreRefusedTheOverviewInGermanOrEnglish() throws Exception {
        mvc.perform(get("/api/assignments/overview").with(as(TestUser.LEITUNG_JUGENDAMT)).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("assignment-overview-not-permitted"))
                .andExpect(jsonPath("$.title").value("Stabsstelle and auditors only"));
        mvc.perform(get("/api/assignments/overview").with(as(TestUser.ADMIN)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Nur für Stabsstelle und Prüfung"));
    }

    @Test
    void withoutATokenNothingIsRead() throws Exception {
        for (String uri : List.of("/api/assignments/a-1", "/api/departments/jugendamt/inbox", "/api/assignments/overview")) {
            mvc.perform(get(uri)).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("unauthenticated"));
        }
        verifyNoInteractions(inbox, overviews);
    }
}
