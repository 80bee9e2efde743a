package de.sozialraum.planning.sozialraum.web;

import static de.sozialraum.testsupport.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import de.sozialraum.planning.sozialraum.api.MergeSozialraeumeCommand;
import de.sozialraum.planning.sozialraum.api.SozialraumKind;
import de.sozialraum.planning.sozialraum.api.SplitSozialraumCommand;
import de.sozialraum.planning.sozialraum.domain.SozialraumRetiredException;
import de.sozialraum.platform.security.ResourceServerConfiguration;
import de.sozialraum.platform.web.WebConfiguration;
import de.sozialraum.testsupport.TestTokens;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SozialraumRestructuringController.class)
@ImportAutoConfiguration({WebConfiguration.class, ResourceServerConfiguration.class})
@ContextConfiguration(initializers = TestTokens.Initializer.class)
class SozialraumRestructuringControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway commands;

    @Test
    void aMergeAnswers201WithTheNewIdAndSendsOneCommandForTheCallersKommune() throws Exception {
        String id = mvc.perform(post("/api/sozialraeume/merge").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"predecessorIds":["sr-lobeda","sr-winzerla"],"reason":"Stadtteile zusammengelegt",
                                 "successor":{"name":"Jena-Süd","kind":"PLANUNGSRAUM","population":30000,
                                  "boundary":{"type":"Polygon","coordinates":[[[11.58,50.87],[11.62,50.87],[11.62,50.9],[11.58,50.87]]]}}}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isString())
                .andReturn().getResponse().getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        ArgumentCaptor<MergeSozialraeumeCommand> sent = ArgumentCaptor.forClass(MergeSozialraeumeCommand.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().successorId()).isEqualTo(id);
        assertThat(sent.getValue().kommuneKey()).isEqualTo(TestUser.JENA);
        assertThat(sent.getValue().predecessorIds()).containsExactly("sr-lobeda", "sr-winzerla");
        assertThat(sent.getValue().successor().kind()).isEqualTo(SozialraumKind.PLANUNGSRAUM);
        assertThat(sent.getValue().successor().boundary().type()).isEqualTo("MultiPolygon");
    }

    @Test
    void aMergeOfOneSozialraumOrWithoutReasonIsInvalidAndSendsNothing() throws Exception {
        mvc.perform(post("/api/sozialraeume/merge").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"predecessorIds":["sr-lobeda"],"reason":" ","successor":{"name":"Jena-Süd"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "predecessorIds", "reason", "successor.kind")));
        verifyNoInteractions(commands);
    }

    @Test
    void aSplitAnswers201WithTheSuccessorsInTheOrderAskedAndTheGoalsEachTakesOver() throws Exception {
        mvc.perform(post("/api/sozialraeume/{id}/split", "sr-lobeda").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reason":"Lobeda geteilt","successors":[
                                  {"name":"Lobeda-Ost","kind":"QUARTIER","goalIds":["goal-1"]},
                                  {"name":"Lobeda-West","kind":"QUARTIER","parentId":"sr-jena-sued","goalIds":["goal-2","goal-3"]}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.successorIds.length()").value(2));

        ArgumentCaptor<SplitSozialraumCommand> sent = ArgumentCaptor.forClass(SplitSozialraumCommand.class);
        verify(commands).sendAndWait(sent.capture());
        List<SplitSozialraumCommand.Successor> successors = sent.getValue().successors();
        assertThat(sent.getValue().sozialraumId()).isEqualTo("sr-lobeda");
        assertThat(successors).extracting(successor -> successor.sozialraum().name()).containsExactly("Lobeda-Ost", "Lobeda-West");
        assertThat(successors.get(1).goalIds()).isEqualTo(Set.of("goal-2", "goal-3"));
        assertThat(successors.get(1).sozialraum().parentId()).isEqualTo("sr-jena-sued");
    }

    @Test
    void aSplitIntoOneIsInvalid() throws Exception {
        mvc.perform(post("/api/sozialraeume/{id}/split", "sr-lobeda").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reason":"geteilt","successors":[{"name":"Lobeda-Ost","kind":"QUARTIER"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("successors"));
        verifyNoInteractions(commands);
    }

    @Test
    void aRetiredSozialraumIsAConflictNamingItsState() throws Exception {
        when(commands.sendAndWait(any(SplitSozialraumCommand.class))).thenThrow(new SozialraumRetiredException("sr-lobeda"));

        mvc.perform(post("/api/sozialraeume/{id}/split", "sr-lobeda").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reason":"geteilt","successors":[{"name":"Ost","kind":"QUARTIER"},{"name":"West","kind":"QUARTIER"}]}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("sozialraum-retired"))
                .andExpect(jsonPath("$.currentStatus").value("RETIRED"));
    }
}
