package de.sozialraum.planning.sozialraum.web;

import static de.sozialraum.testsupport.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import de.sozialraum.planning.sozialraum.api.RegisterSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.SetGoalCommand;
import de.sozialraum.planning.sozialraum.api.SozialraumKind;
import de.sozialraum.platform.problem.RuleViolationException;
import de.sozialraum.platform.security.ResourceServerConfiguration;
import de.sozialraum.platform.web.WebConfiguration;
import de.sozialraum.testsupport.TestTokens;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SozialraumController.class)
@ImportAutoConfiguration({WebConfiguration.class, ResourceServerConfiguration.class})
@ContextConfiguration(initializers = TestTokens.Initializer.class)
class SozialraumControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway commands;

    @Test
    void registeringAnswers201WithTheNewIdAndSendsTheCommandForTheCallersKommune() throws Exception {
        mvc.perform(post("/api/sozialraeume").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kommuneKey":"16052","name":"Lobeda","kind":"STADTTEIL"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isString());

        ArgumentCaptor<RegisterSozialraumCommand> sent = ArgumentCaptor.forClass(RegisterSozialraumCommand.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().kommuneKey()).as("the Kommune comes from the token, never from the body").isEqualTo("16053");
        assertThat(sent.getValue().kind()).isEqualTo(SozialraumKind.STADTTEIL);
    }

    @Test
    void invalidFieldsAreListedInAGermanProblemDocumentAndNothingIsSent() throws Exception {
        mvc.perform(post("/api/sozialraeume").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":" "}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:sozialraum-koordination:problem:validation"))
                .andExpect(jsonPath("$.title").value("Ungültige Eingabe"))
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field=='kind')].message").value("muss angegeben werden"))
                .andExpect(jsonPath("$.errors[?(@.field=='name')].message").value("darf nicht leer sein"));
        verifyNoInteractions(commands);
    }

    @Test
    void problemTextsAreEnglishWhenAskedFor() throws Exception {
        mvc.perform(post("/api/sozialraeume").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .content("""
                                {"name":"Lobeda"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    @Test
    void anUnknownKindIsAnUnreadableRequestNamingTheField() throws Exception {
        mvc.perform(post("/api/sozialraeume").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Lobeda","kind":"DORF"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unreadable"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("kind")));
        verifyNoInteractions(commands);
    }

    @Test
    void aRefusalOfTheDomainIsA422WithItsOwnText() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new RuleViolationException("kommune-unknown", "unknown", "16999"));

        mvc.perform(post("/api/sozialraeume").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Lobeda","kind":"STADTTEIL"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("kommune-unknown"))
                .andExpect(jsonPath("$.detail").value("Eine Kommune mit dem Schlüssel 16999 ist nicht bekannt."));
    }

    @Test
    void aGoalForAnUnknownSozialraumIs404() throws Exception {
        when(commands.sendAndWait(any(SetGoalCommand.class))).thenThrow(new AggregateNotFoundException("nope", "not found"));

        mvc.perform(post("/api/sozialraeume/nope/goals").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title":"Kinderarmut senken","handlungsfeld":"JUGENDHILFE","leitziel":"ARMUTSBEKAEMPFUNG","leadDepartment":"jugendamt","dueDate":"%s"}"""
                                .formatted(LocalDate.now().plusYears(1))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
    }

    @Test
    void anUnknownPathAndAWrongMethodAreProblemsToo() throws Exception {
        mvc.perform(get("/api/nichts").with(as(TestUser.STABSSTELLE)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Nicht gefunden"));
        mvc.perform(delete("/api/sozialraeume").with(as(TestUser.STABSSTELLE)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.title").value("Methode nicht erlaubt"))
                .andExpect(jsonPath("$.detail").value("Die Methode DELETE ist hier nicht erlaubt; erlaubt: [POST]."));
    }

    @Test
    void aGoalDueInThePastIsRefused() throws Exception {
        mvc.perform(post("/api/sozialraeume/sr-1/goals").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title":"Kinderarmut senken","handlungsfeld":"JUGENDHILFE","leitziel":"ARMUTSBEKAEMPFUNG","leadDepartment":"jugendamt","dueDate":"2020-01-01"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueDate"))
                .andExpect(jsonPath("$.errors[0].message").value("darf nicht in der Vergangenheit liegen"));
        verifyNoInteractions(commands);
    }
}
