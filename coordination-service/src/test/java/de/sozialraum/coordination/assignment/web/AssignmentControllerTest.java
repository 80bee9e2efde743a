package de.sozialraum.coordination.assignment.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.sozialraum.coordination.assignment.api.AcceptAssignmentCommand;
import de.sozialraum.coordination.assignment.api.AssignmentStatus;
import de.sozialraum.coordination.assignment.domain.IllegalTransitionExceptions;
import de.sozialraum.platform.web.WebConfiguration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(AssignmentController.class)
@ImportAutoConfiguration(WebConfiguration.class)
class AssignmentControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway commands;

    @Test
    void acceptingAnswers202WithTheNewStatus() throws Exception {
        mvc.perform(post("/api/assignments/a-1/accept"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").value("a-1"))
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
    }

    @Test
    void anIllegalTransitionIsA409NamingTheCurrentStateInGerman() throws Exception {
        when(commands.sendAndWait(any(AcceptAssignmentCommand.class)))
                .thenThrow(IllegalTransitionExceptions.of("a-1", AssignmentStatus.DECLINED, "accept"));

        mvc.perform(post("/api/assignments/a-1/accept"))
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

        mvc.perform(post("/api/assignments/a-1/accept").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.8"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Cannot accept"))
                .andExpect(jsonPath("$.detail").value("Assignment a-1 cannot be accepted: it is declined already. "
                        + "Only issued assignments that have not been answered can be accepted."));
    }

    @Test
    void aDeclineWithoutReasonIsInvalidAndNothingIsSent() throws Exception {
        mvc.perform(post("/api/assignments/a-1/decline").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        verifyNoInteractions(commands);
    }

    @Test
    void anIssueWithABadDepartmentKeyIsInvalid() throws Exception {
        mvc.perform(post("/api/assignments").contentType(MediaType.APPLICATION_JSON).content("""
                        {"sozialraumId":"sr-1","department":"Jugend Amt","title":"Streetwork","dueDate":"2099-01-01"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("department"));
        verifyNoInteractions(commands);
    }
}
