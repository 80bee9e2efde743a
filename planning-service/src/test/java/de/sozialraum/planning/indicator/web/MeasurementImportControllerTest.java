package de.sozialraum.planning.indicator.web;

import static de.sozialraum.testsupport.TestTokens.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.sozialraum.planning.indicator.importing.ImportMode;
import de.sozialraum.planning.indicator.importing.ImportRefusedException;
import de.sozialraum.planning.indicator.importing.MeasurementImportService;
import de.sozialraum.platform.security.ResourceServerConfiguration;
import de.sozialraum.platform.web.WebConfiguration;
import de.sozialraum.testsupport.TestTokens;
import de.sozialraum.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(MeasurementImportController.class)
@ImportAutoConfiguration({WebConfiguration.class, ResourceServerConfiguration.class})
@ContextConfiguration(initializers = TestTokens.Initializer.class)
class MeasurementImportControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MeasurementImportService imports;

    @Test
    void anAcceptedUploadAnswers202WithTheStatusLocation() throws Exception {
        when(imports.receive(eq("16053"), any(), any(), eq("werte.csv"), eq(ImportMode.VALID_ROWS))).thenReturn("imp-1");

        mvc.perform(post("/api/kommunen/16053/measurement-imports?fileName=werte.csv&mode=VALID_ROWS").with(as(TestUser.STABSSTELLE))
                        .contentType("text/csv; charset=UTF-8").content("sozialraum;indikator;zeitraum;wert\n"))
                .andExpect(status().isAccepted())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/kommunen/16053/measurement-imports/imp-1"))
                .andExpect(jsonPath("$.id").value("imp-1"))
                .andExpect(jsonPath("$.status").value("RECEIVED"));
    }

    @Test
    void aTooLargeFileIs413AndAFullQueue503WithRetryAfter() throws Exception {
        when(imports.receive(any(), any(), any(), any(), any())).thenThrow(new ImportRefusedException(413, "import-too-large", 50L));
        mvc.perform(post("/api/kommunen/16053/measurement-imports").with(as(TestUser.STABSSTELLE)).contentType("text/csv").content("x"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("import-too-large"))
                .andExpect(jsonPath("$.detail").value("Die Datei ist größer als 50 MB und wurde nicht angenommen. Teilen Sie sie auf."));

        doThrow(new ImportRefusedException(503, "import-queue-full")).when(imports).receive(any(), any(), any(), any(), any());
        mvc.perform(post("/api/kommunen/16053/measurement-imports").with(as(TestUser.STABSSTELLE)).contentType("text/csv").content("x"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "60"))
                .andExpect(jsonPath("$.code").value("import-queue-full"));
    }

    @Test
    void anotherKommuneIs404BeforeAnythingIsReadAndOtherContentTypesAre415() throws Exception {
        mvc.perform(post("/api/kommunen/16053/measurement-imports").with(as(TestUser.STABSSTELLE_GERA)).contentType("text/csv").content("x"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(post("/api/kommunen/16053/measurement-imports").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnsupportedMediaType());
        verifyNoInteractions(imports);
    }
}
