package de.sozialraum.coordination.decision.web;

import static de.sozialraum.testsupport.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import de.sozialraum.coordination.decision.api.AmendDecisionCommand;
import de.sozialraum.coordination.decision.api.DecisionBody;
import de.sozialraum.coordination.decision.api.DecisionStatus;
import de.sozialraum.coordination.decision.api.ImplementationState;
import de.sozialraum.coordination.decision.api.RecordDecisionCommand;
import de.sozialraum.coordination.decision.api.RevokeDecisionCommand;
import de.sozialraum.coordination.decision.domain.DecisionRefusals;
import de.sozialraum.coordination.decision.query.DecisionView;
import de.sozialraum.coordination.decision.query.MongoDecisionRegister;
import de.sozialraum.platform.security.ResourceServerConfiguration;
import de.sozialraum.platform.web.WebConfiguration;
import de.sozialraum.testsupport.TestTokens;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(DecisionController.class)
@ImportAutoConfiguration({WebConfiguration.class, ResourceServerConfiguration.class})
@ContextConfiguration(initializers = TestTokens.Initializer.class)
class DecisionControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway commands;

    @MockitoBean
    MongoDecisionRegister register;

    private static final String VALID = """
            {"body":"JUGENDHILFEAUSSCHUSS","decidedOn":"%s","subject":"Streetwork","rationale":"Bedarf",
             "votes":{"yes":9,"no":2,"abstentions":0},"sozialraumId":"sr-1",
             "references":[{"kind":"GOAL","id":"goal-1"}],
             "mandates":[{"department":"jugendamt","title":"Streetwork ausbauen","dueDate":"%s"}]}"""
            .formatted(LocalDate.now().minusDays(2), LocalDate.now().plusMonths(3));

    private static DecisionView decision(String kommune) {
        return new DecisionView("d-1", kommune, "sr-1", DecisionBody.STADTRAT, null, LocalDate.of(2027, 3, 4), "Streetwork",
                DecisionStatus.IN_FORCE, 1, ImplementationState.OPEN, null, Instant.parse("2027-03-05T10:00:00Z"), null, List.of(), List.of());
    }

    @Test
    void aDecisionIsRecordedWithANewIdAndItsMandates() throws Exception {
        mvc.perform(post("/api/decisions").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNotEmpty());
        verify(commands).sendAndWait(any(RecordDecisionCommand.class));
    }

    @Test
    void aDecisionDateInTheFutureNegativeVotesAndAMandateDueInThePastAreInvalid() throws Exception {
        String body = """
                {"body":"STADTRAT","decidedOn":"%s","subject":"S","rationale":"R","votes":{"yes":-1,"no":0,"abstentions":0},
                 "mandates":[{"department":"jugendamt","title":"T","dueDate":"2020-01-01"}]}""".formatted(LocalDate.now().plusDays(3));
        mvc.perform(post("/api/decisions").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.errors.length()").value(3));
        verifyNoInteractions(commands);
    }

    @Test
    void anUnknownBodyOrReferenceKindIsUnreadable() throws Exception {
        mvc.perform(post("/api/decisions").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("JUGENDHILFEAUSSCHUSS", "GEMEINDERAT")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/decisions").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("\"GOAL\"", "\"WISH\"")))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(commands);
    }

    @Test
    void anAmendmentNeedsAReasonAndAnswersWithTheNewVersion() throws Exception {
        mvc.perform(post("/api/decisions/d-1/amend").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\":\"Neu\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        when(commands.sendAndWait(any(AmendDecisionCommand.class))).thenReturn(2);
        mvc.perform(post("/api/decisions/d-1/amend").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\":\"Neu\",\"reason\":\"Protokoll berichtigt\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.version").value(2));
        verify(commands).sendAndWait(new AmendDecisionCommand("d-1", null, "Neu", null, null, null, "Protokoll berichtigt"));
    }

    @Test
    void revokingARevokedDecisionIsA409NamingItsStateInGermanAndEnglish() throws Exception {
        when(commands.sendAndWait(any(RevokeDecisionCommand.class))).thenThrow(DecisionRefusals.revoked("d-1", "revoke"));
        mvc.perform(post("/api/decisions/d-1/revoke").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Haushaltssperre\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("decision-revoke-refused"))
                .andExpect(jsonPath("$.currentStatus").value("REVOKED"))
                .andExpect(jsonPath("$.detail").value("Der Beschluss d-1 ist bereits aufgehoben."));
        mvc.perform(post("/api/decisions/d-1/revoke").with(as(TestUser.STABSSTELLE)).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Haushaltssperre\"}"))
                .andExpect(jsonPath("$.title").value("Cannot revoke"))
                .andExpect(jsonPath("$.detail").value("Decision d-1 is revoked already."));
    }

    @Test
    void aRevocationWithoutReasonIsInvalid() throws Exception {
        mvc.perform(post("/api/decisions/d-1/revoke").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(commands);
    }

    @Test
    void theRegisterListsTheCallersKommuneWithFiltersAndALinkToTheNextPage() throws Exception {
        when(register.page("16053", null, DecisionBody.STADTRAT, DecisionStatus.IN_FORCE, 0, 1)).thenReturn(List.of(decision("16053")));
        when(register.count("16053", null, DecisionBody.STADTRAT, DecisionStatus.IN_FORCE)).thenReturn(3L);
        mvc.perform(get("/api/decisions?body=STADTRAT&status=IN_FORCE&limit=1").with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.decisions[0].id").value("d-1"))
                .andExpect(jsonPath("$.decisions[0].versions").doesNotExist())
                .andExpect(jsonPath("$.next").value("/api/decisions?body=STADTRAT&status=IN_FORCE&from=1&limit=1"));
    }

    @Test
    void theLinkToTheNextPageKeepsAFreeTextFilterIntact() throws Exception {
        String odd = "sr 1&status=REVOKED#x";
        when(register.page("16053", odd, null, null, 0, 1)).thenReturn(List.of(decision("16053")));
        when(register.count("16053", odd, null, null)).thenReturn(2L);
        mvc.perform(get("/api/decisions").queryParam("sozialraumId", odd).queryParam("limit", "1").with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.next").value("/api/decisions?sozialraumId=sr%201%26status%3DREVOKED%23x&from=1&limit=1"));
    }

    @Test
    void administratorsDoNotReadTheRegister() throws Exception {
        mvc.perform(get("/api/decisions").with(as(TestUser.ADMIN)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("decision-read-not-permitted"));
        verifyNoInteractions(register);
    }

    @Test
    void anotherKommunesDecisionAnswersLikeAnUnknownOne() throws Exception {
        when(register.find("d-1")).thenReturn(Optional.of(decision("16053")));
        when(register.find("d-2")).thenReturn(Optional.empty());
        String unknown = mvc.perform(get("/api/decisions/d-1").with(as(TestUser.LEITUNG_JUGENDAMT_GERA)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/decisions/d-1").with(as(TestUser.LEITUNG_JUGENDAMT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.implementation").value("OPEN"))
                .andExpect(jsonPath("$.audit.history").value("/api/audit/decisions/d-1"))
                .andExpect(jsonPath("$.audit.knownWhenDecided").value("/api/audit/decisions/d-1/known"));
        mvc.perform(get("/api/decisions/d-2").with(as(TestUser.STABSSTELLE)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        assertThat(unknown).contains("\"code\":\"not-found\"");
    }
}
