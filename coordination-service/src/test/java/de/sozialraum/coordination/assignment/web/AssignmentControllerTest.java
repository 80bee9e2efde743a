package de.sozialraum.coordination.assignment.web;

import static de.sozialraum.testsupport.TestTokens.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import de.sozialraum.coordination.assignment.api.AcceptAssignmentCommand;
import de.sozialraum.coordination.assignment.api.AssignmentStatus;
import de.sozialraum.coordination.assignment.api.CompleteAssignmentCommand;
import de.sozialraum.coordination.assignment.domain.IllegalTransitionExceptions;
import de.sozialraum.platform.problem.ForbiddenException;
import de.sozialraum.platform.security.ResourceServerConfiguration;
import de.sozialraum.platform.web.WebConfiguration;
import de.sozialraum.testsupport.TestTokens;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(AssignmentController.class)
@ImportAutoConfiguration({WebConfiguration.class, ResourceServerConfiguration.class})
@ContextConfiguration(initializers = TestTokens.Initializer.class)
class AssignmentControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway commands;

    @Test
    void acceptingAnswers202WithTheNewStatus() throws Exception {
        mvc.perform(post("/api/assignments/a-1/accept").with(as(TestUser.LEITUNG_JUGENDAMT)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").value("a-1"))
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
    }

    @Test
    void anAcceptanceMayNameWhenTheDepartmentExpectsToBeDoneButNotInThePast() throws Exception {
        LocalDate planned = LocalDate.now().plusMonths(4);
        mvc.perform(post("/api/assignments/a-1/accept").with(as(TestUser.LEITUNG_JUGENDAMT))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"plannedCompletion\":\"%s\"}".formatted(planned)))
                .andExpect(status().isAccepted());
        verify(commands).sendAndWait(new AcceptAssignmentCommand("a-1", planned));

        mvc.perform(post("/api/assignments/a-2/accept").with(as(TestUser.LEITUNG_JUGENDAMT))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"plannedCompletion\":\"2020-01-31\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("plannedCompletion"));
        verify(commands, never()).sendAndWait(new AcceptAssignmentCommand("a-2", LocalDate.of(2020, 1, 31)));
    }

    @Test
    void anIllegalTransitionIsA409NamingTheCurrentStateInGerman() throws Exception {
        when(commands.sendAndWait(any(AcceptAssignmentCommand.class)))
                .thenThrow(IllegalTransitionExceptions.of("a-1", AssignmentStatus.DECLINED, "accept"));

        mvc.perform(post("/api/assignments/a-1/accept").with(as(TestUser.LEITUNG_JUGENDAMT)))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("assignment-accept-refused"))
                .andExpect(jsonPath("$.currentStatus").value("DECLINED"))
                .andExpect(jsonPath("$.detail").value("Der Auftrag a-1 kann nicht angenommen werden: er ist bereits abgelehnt. "
                        + "Nur erteilte, noch unbeantwortete Aufträge können angenommen werden."));
    }

    @Test
    void anIllegalTransitionIsExplainedInEnglishWhenAskedFor() throws Exception {
        when(commands.sendAndWait(any(AcceptAssignmentCommand.class)))
                .thenThrow(IllegalTransitionExceptions.of("a-1", AssignmentStatus.DECLINED, "accept"));

        mvc.perform(post("/api/assignments/a-1/accept").with(as(TestUser.LEITUNG_JUGENDAMT)).header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.8"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Cannot accept"))
                .andExpect(jsonPath("$.detail").value("Assignment a-1 cannot be accepted: it is declined already. "
                        + "Only issued assignments that have not been answered can be accepted."));
    }

    @Test
    void everyRefusedStepOfTheWorkIsExplainedInGermanAndEnglish() throws Exception {
        when(commands.sendAndWait(any(CompleteAssignmentCommand.class)))
                .thenThrow(IllegalTransitionExceptions.of("a-1", AssignmentStatus.BLOCKED, "complete"));
        String body = "{\"outcome\":\"Erledigt\"}";

        mvc.perform(post("/api/assignments/a-1/complete").with(as(TestUser.LEITUNG_JUGENDAMT))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("assignment-complete-refused"))
                .andExpect(jsonPath("$.currentStatus").value("BLOCKED"))
                .andExpect(jsonPath("$.attempted").value("complete"))
                .andExpect(jsonPath("$.detail").value("Der Auftrag a-1 kann nicht abgeschlossen werden: er ist blockiert. "
                        + "Nur angenommene Aufträge in Arbeit (nicht blockiert) können abgeschlossen werden."));
        mvc.perform(post("/api/assignments/a-1/complete").with(as(TestUser.LEITUNG_JUGENDAMT)).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(jsonPath("$.title").value("Cannot complete"))
                .andExpect(jsonPath("$.detail").value("Assignment a-1 cannot be completed: it is blocked. "
                        + "Only accepted assignments in work (not blocked) can be completed."));
    }

    @Test
    void progressBeyondAHundredPercentIsInvalidAndNothingIsSent() throws Exception {
        mvc.perform(post("/api/assignments/a-1/progress").with(as(TestUser.LEITUNG_JUGENDAMT))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"percent\":120}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("percent"));
        mvc.perform(post("/api/assignments/a-1/cancel").with(as(TestUser.STABSSTELLE))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        verifyNoInteractions(commands);
    }

    @Test
    void aDeclineWithoutReasonIsInvalidAndNothingIsSent() throws Exception {
        mvc.perform(post("/api/assignments/a-1/decline").with(as(TestUser.LEITUNG_JUGENDAMT)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        verifyNoInteractions(commands);
    }

    @Test
    void anIssueWithABadDepartmentKeyIsInvalid() throws Exception {
        mvc.perform(post("/api/assignments").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"sozialraumId":"sr-1","department":"Jugend Amt","title":"Streetwork","dueDate":"2099-01-01"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("department"));
        verifyNoInteractions(commands);
    }

    @Test
    void aDomainRefusalOfTheCallerIsA403NamingTheRule() throws Exception {
        when(commands.sendAndWait(any(AcceptAssignmentCommand.class)))
                .thenThrow(new ForbiddenException("assignment-other-department", "other department", "a-1", "jugendamt"));

        mvc.perform(post("/api/assignments/a-1/accept").with(as(TestUser.LEITUNG_SOZIALAMT)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("assignment-other-department"))
                .andExpect(jsonPath("$.detail").value("Der Auftrag a-1 ist an den Fachbereich \"jugendamt\" gerichtet; "
                        + "nur dessen Leitung kann ihn annehmen oder ablehnen."));
    }

    @Test
    void auditorsNeverWriteWhateverTheEndpoint() throws Exception {
        mvc.perform(post("/api/assignments/a-1/accept").with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("access-denied"))
                .andExpect(jsonPath("$.title").value("Keine Berechtigung"));
        verifyNoInteractions(commands);
    }

    @Test
    void withoutATokenTheAnswerIs401WithAProblemAndTheBearerChallenge() throws Exception {
        mvc.perform(post("/api/assignments/a-1/accept").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("unauthenticated"))
                .andExpect(jsonPath("$.title").value("Not signed in"));
        verifyNoInteractions(commands);
    }

    static Stream<Arguments> refusedTokens() {
        TestUser head = TestUser.LEITUNG_JUGENDAMT;
        Date anHourAgo = Date.from(Instant.now().minus(Duration.ofHours(1)));
        return Stream.of(
                Arguments.of("expired", TestTokens.token(head, claims -> claims.issueTime(anHourAgo)
                        .notBeforeTime(anHourAgo).expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(5)))))),
                Arguments.of("signed with an unknown key", TestTokens.signedWithUnknownKey(head)),
                Arguments.of("of another issuer", TestTokens.token(head, claims -> claims.issuer("https://idp.example.org"))),
                Arguments.of("for another audience", TestTokens.token(head, claims -> claims.audience("another-api"))),
                Arguments.of("without audience", TestTokens.token(head, claims -> claims.audience(List.<String>of()))),
                Arguments.of("not yet valid", TestTokens.token(head, claims -> claims
                        .notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(10))))
                        .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(20)))))),
                Arguments.of("not a JWT", "kein-token"));
    }

    @ParameterizedTest(name = "a token {0} is refused with 401")
    @MethodSource("refusedTokens")
    void tokensThatAreNotValidForUsAreRefused(String why, String token) throws Exception {
        mvc.perform(post("/api/assignments/a-1/accept").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")))
                .andExpect(jsonPath("$.code").value("unauthenticated"));
        verifyNoInteractions(commands);
    }
}
