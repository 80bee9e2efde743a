package de.sozialraum.reporting;

import static de.sozialraum.testsupport.TestTokens.as;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.jayway.jsonpath.JsonPath;
import de.sozialraum.audit.verifier.BundleVerifier;
import de.sozialraum.audit.verifier.Verdict;
import de.sozialraum.platform.publication.PublicationProperties;
import de.sozialraum.testsupport.CloudEventRecords;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Events → timeline → export over HTTP → the offline verifier (in-process, the code of the jar), over the real broker
 * and store: the round trip of docs/audit.md, and a bundle tampered with after the export.
 */
@ServiceIntegrationTest
class TimelineExportIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationProperties publication;

    @TempDir
    Path dir;

    @Test
    void anExportedTimelineVerifiesOfflineAndATamperedOneNamesThePosition() throws Exception {
        String sozialraumId = sozialraumWithEntries(4);
        String headHash = JsonPath.read(mvc.perform(get("/api/sozialraeume/{id}/timeline/verification", sozialraumId)
                .with(as(TestUser.PRUEFUNG))).andReturn().getResponse().getContentAsString(), "$.headHash");

        MvcResult result = export(get("/api/sozialraeume/{id}/timeline/export", sozialraumId).with(as(TestUser.PRUEFUNG)));
        mvc.perform(asyncDispatch(result))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"zeitleiste-%s-4.zip\"".formatted(sozialraumId)));
        byte[] zip = result.getResponse().getContentAsByteArray();

        Verdict verdict = BundleVerifier.verify(Files.write(dir.resolve("zeitleiste.zip"), zip));
        assertThat(verdict.outcome()).as(String.join("\n", verdict.lines())).isEqualTo(Verdict.Outcome.VALID);
        assertThat(verdict.entries()).isEqualTo(4);
        assertThat(verdict.headHash()).isEqualTo(headHash);
        String manifest = files(zip).get("manifest.json");
        assertThat((String) JsonPath.read(manifest, "$.format")).isEqualTo("sozialraum-timeline-bundle/1");
        assertThat((String) JsonPath.read(manifest, "$.exportedBy.id")).isEqualTo(TestUser.PRUEFUNG.id());
        assertThat((String) JsonPath.read(manifest, "$.kommune")).isEqualTo("16053");
        assertThat(files(zip).get("entries.jsonl").lines()).hasSize(4).first().asString()
                .startsWith("{\"position\":1,").contains("\"payload\":{\"big\":12345678901234,\"n\":1,\"share\":0.125,\"third\":0.3333333333333333}");

        byte[] tampered = rewrite(zip, "entries.jsonl", entries -> entries.replace("\"n\":3,", "\"n\":33,"));
        Verdict rejected = BundleVerifier.verify(Files.write(dir.resolve("verfaelscht.zip"), tampered));
        assertThat(rejected.outcome()).isEqualTo(Verdict.Outcome.INVALID);
        assertThat(rejected.firstFinding().code()).isEqualTo("hash-mismatch");
        assertThat(rejected.firstFinding().position()).isEqualTo(3);
        assertThat(rejected.lines().get(0)).startsWith("UNGÜLTIG — Eintrag 3: hash-mismatch");
    }

    @Test
    void anExportCanStopAtAPosition() throws Exception {
        String sozialraumId = sozialraumWithEntries(3);

        MvcResult result = export(get("/api/sozialraeume/{id}/timeline/export", sozialraumId).param("to", "2").with(as(TestUser.PRUEFUNG)));
        mvc.perform(asyncDispatch(result))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"zeitleiste-%s-2.zip\"".formatted(sozialraumId)));

        Verdict verdict = BundleVerifier.verify(Files.write(dir.resolve("b.zip"), result.getResponse().getContentAsByteArray()));
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.VALID);
        assertThat(verdict.entries()).isEqualTo(2);
        mvc.perform(get("/api/sozialraeume/{id}/timeline/export", sozialraumId).param("to", "0").with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theExportIsReadLikeTheTimeline() throws Exception {
        String sozialraumId = sozialraumWithEntries(1);

        download(get("/api/sozialraeume/{id}/timeline/export", sozialraumId).with(as(TestUser.LEITUNG_SOZIALAMT)));
        mvc.perform(get("/api/sozialraeume/{id}/timeline/export", sozialraumId).with(as(TestUser.STABSSTELLE_GERA)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("timeline-not-found"));
        mvc.perform(get("/api/sozialraeume/{id}/timeline/export", sozialraumId).with(as(TestUser.ADMIN)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("timeline-read-not-permitted"));
        mvc.perform(get("/api/sozialraeume/{id}/timeline/export", sozialraumId))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/sozialraeume/{id}/timeline/export", UUID.randomUUID()).with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/sozialraeume/kommune:16053/timeline/export").with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aKommunesOwnTimelineIsExportedByItsPeopleOnly() throws Exception {
        send("kommune:16053", "de.sozialraum.planning.DepartmentAdded.v1", "{\"kommuneKey\":\"16053\",\"departmentKey\":\"%s\"}".formatted(UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/kommunen/16053/timeline").with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk()));

        MvcResult result = export(get("/api/kommunen/16053/timeline/export").with(as(TestUser.PRUEFUNG)));
        mvc.perform(asyncDispatch(result))
                .andExpect(header().string("Content-Disposition", matchesPattern("attachment; filename=\"zeitleiste-kommune-16053-\\d+\\.zip\"")));
        Verdict verdict = BundleVerifier.verify(Files.write(dir.resolve("k.zip"), result.getResponse().getContentAsByteArray()));
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.VALID);
        assertThat(verdict.timelineId()).isEqualTo("kommune:16053");

        mvc.perform(get("/api/kommunen/16053/timeline/export").with(as(TestUser.LEITUNG_JUGENDAMT_GERA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/kommunen/16053/timeline/export").with(as(TestUser.ADMIN)))
                .andExpect(status().isForbidden());
    }

    private MvcResult export(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
    }

    private byte[] download(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = export(request);
        mvc.perform(asyncDispatch(result)).andExpect(status().isOk());
        return result.getResponse().getContentAsByteArray();
    }

    private static Map<String, String> files(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), UTF_8));
            }
        }
        return files;
    }

    /** The same bundle with one file changed, the others (the manifest too) as they were. */
    private static byte[] rewrite(byte[] zip, String name, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, UTF_8)) {
            for (Map.Entry<String, String> file : files(zip).entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                String text = file.getValue();
                if (file.getKey().equals(name)) {
                    text = change.apply(text);
                    assertThat(text).as("the change applies").isNotEqualTo(file.getValue());
                }
                out.write(text.getBytes(UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private String sozialraumWithEntries(int count) {
        String sozialraumId = UUID.randomUUID().toString();
        for (int n = 1; n <= count; n++) {
            send(sozialraumId, "de.sozialraum.test.Numbered.v1",
                    "{\"n\":%d,\"share\":0.125,\"third\":0.3333333333333333,\"big\":12345678901234}".formatted(n));
        }
        awaitEntries(sozialraumId, count);
        return sozialraumId;
    }

    private void send(String subject, String type, String json) {
        CloudEventRecords.send(publication.topic(), UUID.randomUUID().toString(), type, subject, json,
                Map.of("actorid", "u-1", "actorname", "Sabine Brandt", "actorrole", "STABSSTELLE", "kommune", "16053"));
    }

    private void awaitEntries(String sozialraumId, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}/timeline", sozialraumId)
                        .with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(count)));
    }
}
