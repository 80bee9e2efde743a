package de.sozialraum.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identity and access against the running stack, through its one entry point: the authorisation matrix
 * of docs/security.md, read from the document and called cell by cell as every demo user (and
 * anonymously); foreign ids that answer like unknown ones; a department head who logs in with the
 * browser flow, accepts an assignment and is named on the timeline; and the pages in a real Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIT {

    private static final String PASSWORD = "demo";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    @TempDir
    static Path dataDir;

    private final JsonHttp anonymous = new JsonHttp();
    private final Map<String, JsonHttp> users = new LinkedHashMap<>();
    private LauncherProcess stack;
    private String api;
    private String lobeda;
    private String goal;
    private String participation;
    private String indicator;
    private String measurementImport;
    /** An assignment coordination's read model shows already (it follows the events a moment later). */
    private String viewedAssignment;
    /** A decision of Jena (no Sozialraum, no mandates) the register shows already. */
    private String decision;
    /** Each measurement of a cell in its own year (a series takes every period once). */
    private final AtomicInteger nextYear = new AtomicInteger(1950);

    @BeforeAll
    void startStackWithASozialraumOfJena() {
        stack = new LauncherProcess(dataDir).start();
        api = stack.gatewayUrl() + "/api";
        for (String user : List.of("stabsstelle", "leitung-jugendamt", "leitung-sozialamt", "pruefung", "admin",
                "stabsstelle-gera", "leitung-jugendamt-gera")) {
            users.put(user, anonymous.as(anonymous.token(stack.issuer(), user, PASSWORD)));
        }
        lobeda = created(as("stabsstelle").post(api + "/sozialraeume", """
                {"name":"Lobeda","kind":"STADTTEIL"}"""));
        await().atMost(Duration.ofSeconds(60)).until(
                () -> as("pruefung").get(api + "/sozialraeume/" + lobeda + "/timeline").status() == 200
                        && as("pruefung").get(api + "/sozialraeume/" + lobeda).status() == 200);
        viewedAssignment = freshAssignment(); // waits until coordination knows Lobeda
        await().atMost(Duration.ofSeconds(60)).until(() -> as("stabsstelle").get(api + "/assignments/" + viewedAssignment).status() == 200);
        decision = freshDecision();
        await().atMost(Duration.ofSeconds(60)).until(() -> as("stabsstelle").get(api + "/decisions/" + decision).status() == 200);
        await().atMost(Duration.ofSeconds(60)).until(() -> as("pruefung").get(api + "/audit/decisions/" + decision).status() == 200);
        goal = freshGoal();
        participation = created(as("stabsstelle").post(api + "/sozialraeume/" + lobeda + "/participation", bodyFor("/participation")));
        indicator = freshIndicator();
        await().atMost(Duration.ofSeconds(60)).until( // the catalogue's view knows it
                () -> as("stabsstelle").put(api + "/kommunen/16053/need-index", bodyFor("/need-index")).status() == 202);
        JsonHttp.Response upload = as("stabsstelle").postCsv(api + "/kommunen/16053/measurement-imports", csv());
        assertThat(upload.status()).as("import: %s", upload.body()).isEqualTo(202);
        measurementImport = upload.body().get("id").asText();
    }

    @AfterAll
    void stopStack() throws InterruptedException {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void everyEndpointAnswersEveryPrincipalAsTheMatrixInTheDocsSays() throws IOException {
        Matrix matrix = Matrix.read(Path.of(System.getProperty("security.matrix")));
        List<String> deviations = new ArrayList<>();
        int cells = 0;
        for (Matrix.Row row : matrix.rows()) {
            for (Map.Entry<String, Integer> cell : row.expected().entrySet()) {
                String principal = cell.getKey();
                JsonHttp client = principal.equals("anonym") ? anonymous : as(principal);
                JsonHttp.Response response = call(client, row.method(), row.path());
                cells++;
                if (response.status() != cell.getValue()) {
                    deviations.add("%s %s as %s: expected %d, got %d %s".formatted(row.method(), row.path(), principal,
                            cell.getValue(), response.status(), response.body()));
                } else if (response.status() >= 400 && !response.contentType().startsWith("application/problem+json")) {
                    deviations.add("%s %s as %s: %d without problem document (%s)".formatted(row.method(), row.path(),
                            principal, response.status(), response.contentType()));
                }
            }
        }
        System.out.printf("AuthorisationMatrixIT: %d endpoints x %d principals = %d cells checked%n",
                matrix.rows().size(), matrix.principals().size(), cells);
        assertThat(cells).isEqualTo(matrix.rows().size() * matrix.principals().size()).isGreaterThanOrEqualTo(48);
        assertThat(deviations).as("cells that differ from docs/security.md").isEmpty();
    }

    @Test
    void anotherKommunesIdsAnswerExactlyLikeUnknownIds() {
        String assignment = freshAssignment();
        String unknown = UUID.randomUUID().toString();
        for (String principal : List.of("stabsstelle-gera", "leitung-jugendamt-gera")) {
            assertSameAnswer(as(principal).post(api + "/assignments/" + assignment + "/accept", ""), assignment,
                    as(principal).post(api + "/assignments/" + unknown + "/accept", ""), unknown);
            assertSameAnswer(as(principal).post(api + "/sozialraeume/" + lobeda + "/goals", bodyFor("/goals")), lobeda,
                    as(principal).post(api + "/sozialraeume/" + unknown + "/goals", bodyFor("/goals")), unknown);
            assertSameAnswer(as(principal).get(api + "/sozialraeume/" + lobeda + "/timeline"), lobeda,
                    as(principal).get(api + "/sozialraeume/" + unknown + "/timeline"), unknown);
            assertSameAnswer(as(principal).get(api + "/sozialraeume/" + lobeda), lobeda,
                    as(principal).get(api + "/sozialraeume/" + unknown), unknown);
            assertSameAnswer(as(principal).post(api + "/sozialraeume/" + lobeda + "/rename", bodyFor("/rename")), lobeda,
                    as(principal).post(api + "/sozialraeume/" + unknown + "/rename", bodyFor("/rename")), unknown);
        }
    }

    private static void assertSameAnswer(JsonHttp.Response foreign, String foreignId, JsonHttp.Response unknown, String unknownId) {
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body().toString().replace(foreignId, "{id}"))
                .isEqualTo(unknown.body().toString().replace(unknownId, "{id}"));
    }

    @Test
    void aDepartmentHeadLogsInWithTheBrowserAcceptsAnAssignmentAndIsNamedOnTheTimeline() {
        String assignment = freshAssignment();
        BrowserSession browser = new BrowserSession(stack.gatewayUrl());

        HttpResponse<String> startPage = browser.logIn("leitung-jugendamt", PASSWORD);
        assertThat(startPage.statusCode()).isEqualTo(200);
        assertThat(startPage.uri().toString()).startsWith(stack.gatewayUrl());
        assertThat(startPage.body()).contains("Jonas Keller (Leitung Jugendamt)");
        assertThat(browser.gatewayCookies()).extracting(HttpCookie::getValue)
                .as("backend-for-frontend: no token reaches the browser").noneMatch(value -> value.startsWith("eyJ"));

        assertThat(browser.withoutCsrfHeader().post(api + "/assignments/" + assignment + "/accept", "").status())
                .as("a cross-site request without the CSRF token").isEqualTo(403);
        JsonHttp.Response accepted = browser.api().post(api + "/assignments/" + assignment + "/accept", "");
        assertThat(accepted.status()).as("accept: %s", accepted.body()).isEqualTo(202);

        JsonNode entry = await().atMost(Duration.ofSeconds(60)).until(
                () -> entryOf(browser.api().get(api + "/sozialraeume/" + lobeda + "/timeline?limit=500").body(),
                        "de.sozialraum.coordination.AssignmentAccepted.v1", assignment),
                found -> found != null);
        assertThat(entry.get("actor").get("id").asText()).isEqualTo("leitung-jugendamt");
        assertThat(entry.get("actor").get("name").asText()).isEqualTo("Jonas Keller (Leitung Jugendamt)");
        assertThat(entry.get("actor").get("role").asText()).isEqualTo("DEPARTMENT_HEAD");
        assertThat(entry.get("actor").get("department").asText()).isEqualTo("jugendamt");
    }

    @Test
    void inChromiumAnAuditorLogsInAtTheOneUrlSeesWhoSheIsReadsATimelineAndLogsOut() {
        assumeTrue(Files.isExecutable(CHROMIUM), "needs Debian's chromium at " + CHROMIUM);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM).setArgs(CHROMIUM_FLAGS))) {
            Page page = chromium.newPage();
            page.navigate(stack.gatewayUrl() + "/");
            assertThat(page.url()).startsWith(stack.issuer() + "/login");
            assertThat(page.title()).isEqualTo("Anmeldung – Sozialraum-Koordination");

            page.locator("input[name=username]").fill("pruefung");
            page.locator("input[name=password]").fill(PASSWORD);
            page.locator("button[type=submit]").click();
            page.waitForURL(url -> url.startsWith(stack.gatewayUrl() + "/")); // "/" or "/?continue" after the login
            assertThat(page.locator("strong").first().textContent()).isEqualTo("Claudia Wendt (Rechnungsprüfung)");
            assertThat(page.locator("dd").allTextContents()).containsExactly("Prüfung", "–", "16053");
            assertThat(page.context().cookies()).extracting(cookie -> cookie.value)
                    .as("backend-for-frontend: no token reaches the browser").noneMatch(value -> value.startsWith("eyJ"));

            APIResponse timeline = page.request().get(api + "/sozialraeume/" + lobeda + "/timeline");
            assertThat(timeline.status()).isEqualTo(200);
            assertThat(timeline.text()).contains("de.sozialraum.planning.SozialraumRegistered.v1");

            page.locator("button", new Page.LocatorOptions().setHasText("Abmelden")).click();
            page.waitForURL(url -> url.startsWith(stack.issuer() + "/login"));
            assertThat(page.request().get(api + "/sozialraeume/" + lobeda + "/timeline").status())
                    .as("after logging out").isEqualTo(401);
        }
    }

    private JsonHttp.Response call(JsonHttp client, String method, String template) {
        String url = stack.gatewayUrl() + template.replace("{sozialraum}", lobeda)
                .replace("{new-goal}", template.contains("{new-goal}") ? freshGoal() : "")
                .replace("{goal}", goal)
                .replace("{new-contribution}", template.contains("{new-contribution}") ? freshContribution() : "")
                .replace("{participation}", participation)
                .replace("{new-sozialraum}", template.contains("{new-sozialraum}") ? freshSozialraum() : "")
                .replace("{viewed-assignment}", viewedAssignment)
                .replace("{assignment}", template.contains("{assignment}") ? freshAssignment() : "")
                .replace("{accepted-assignment}", template.contains("{accepted-assignment}") ? acceptedAssignment() : "")
                .replace("{blocked-assignment}", template.contains("{blocked-assignment}") ? blockedAssignment() : "")
                .replace("{proposed-assignment}", template.contains("{proposed-assignment}") ? proposedAssignment() : "")
                .replace("{new-decision}", template.contains("{new-decision}") ? freshDecision() : "")
                .replace("{decision}", decision)
                .replace("{new-department}", template.contains("{new-department}") ? freshDepartment() : "")
                .replace("{indicator}", indicator)
                .replace("{import}", measurementImport);
        return switch (method) {
            case "GET" -> client.get(url);
            case "PUT" -> client.put(url, bodyFor(template));
            case "POST" -> template.endsWith("/measurement-imports") ? client.postCsv(url, csv()) : client.post(url, bodyFor(template));
            default -> client.post(url, bodyFor(template));
        };
    }

    private String bodyFor(String template) {
        if (template.endsWith("/revise") && template.contains("/indicators/")) {
            return "{\"name\":\"SGB-II-Quote (Bedarfsgemeinschaften)\",\"unit\":\"%\",\"polarity\":\"LOWER_IS_BETTER\",\"category\":\"SOCIAL\",\"source\":\"BA\"}";
        }
        if (template.endsWith("/revise")) {
            return """
                    {"goal":{"title":"Kinderarmut senken","handlungsfeld":"JUGENDHILFE","leitziel":"ARMUTSBEKAEMPFUNG",
                     "leadDepartment":"jugendamt","dueDate":"%s"},"reason":"Beschluss des Jugendhilfeausschusses"}""".formatted(inOneYear());
        }
        if (template.endsWith("/achieve")) {
            return "{\"note\":\"Quote unter 10 %\"}";
        }
        if (template.endsWith("/abandon")) {
            return "{\"reason\":\"Förderprogramm eingestellt\"}";
        }
        if (template.endsWith("/participation")) {
            return """
                    {"kind":"BUERGERFORUM","title":"Forum Lobeda","heldOn":"%s","participants":45,"groupsReached":["AELTERE"]}"""
                    .formatted(LocalDate.now().minusDays(1));
        }
        if (template.endsWith("/contributions")) {
            return "{\"topic\":\"Spielplatz\",\"text\":\"Mehr Bänke am Spielplatz\"}";
        }
        if (template.endsWith("/answer")) {
            return "{\"decisionReference\":\"B-2026-17\",\"answer\":\"Bänke werden 2027 aufgestellt\"}";
        }
        if (template.endsWith("/goals")) {
            return """
                    {"title":"Kinderarmut senken","handlungsfeld":"JUGENDHILFE","leitziel":"ARMUTSBEKAEMPFUNG","leadDepartment":"jugendamt","dueDate":"%s"}""".formatted(inOneYear());
        }
        if (template.endsWith("/counter-propose")) {
            return "{\"dueDate\":\"%s\",\"reason\":\"Personal erst später\"}".formatted(LocalDate.now().plusYears(1).plusMonths(3));
        }
        if (template.endsWith("/proposal/reject")) {
            return "{\"reason\":\"Der Termin ist gesetzt\"}";
        }
        if (template.endsWith("/reassign")) {
            return "{\"department\":\"sozialamt\",\"reason\":\"Zuständigkeit geklärt\"}";
        }
        if (template.endsWith("/progress")) {
            return "{\"percent\":50,\"note\":\"Zwei Stellen besetzt\"}";
        }
        if (template.endsWith("/block") || template.endsWith("/unblock") || template.endsWith("/cancel")) {
            return "{\"reason\":\"Räume im Stadtteilzentrum\"}";
        }
        if (template.endsWith("/complete")) {
            return "{\"outcome\":\"Zwei Streetworker im Einsatz\"}";
        }
        if (template.endsWith("/decline")) {
            return "{\"reason\":\"Keine Kapazität\"}";
        }
        if (template.endsWith("/accept")) {
            return "";
        }
        if (template.endsWith("/rename")) {
            return "{\"name\":\"Lobeda\"}";
        }
        if (template.endsWith("/boundary")) {
            return """
                    {"boundary":{"type":"Polygon","coordinates":[[[11.58,50.87],[11.62,50.87],[11.62,50.9],[11.58,50.87]]]},
                     "reason":"Grenze an Neubaugebiet angepasst"}""";
        }
        if (template.endsWith("/retire")) {
            return "{\"reason\":\"Mit Winzerla zusammengelegt\"}";
        }
        if (template.equals("/api/assignments")) {
            return issueBody();
        }
        if (template.equals("/api/decisions")) {
            return decisionBody();
        }
        if (template.endsWith("/amend")) { // each amendment changes the subject, or there is nothing to amend
            return "{\"subject\":\"Streetwork in Lobeda, Fassung %d\",\"reason\":\"Protokoll berichtigt\"}".formatted(nextYear.getAndIncrement());
        }
        if (template.endsWith("/revoke")) {
            return "{\"reason\":\"Haushaltssperre\"}";
        }
        if (template.endsWith("/merge")) {
            return """
                    {"predecessorIds":["%s","%s"],"reason":"Zusammengelegt","successor":{"name":"Lobeda-Winzerla","kind":"STADTTEIL"}}"""
                    .formatted(freshSozialraum(), freshSozialraum());
        }
        if (template.endsWith("/split")) {
            return """
                    {"reason":"Geteilt","successors":[{"name":"Lobeda-Ost","kind":"QUARTIER"},{"name":"Lobeda-West","kind":"QUARTIER"}]}""";
        }
        if (template.endsWith("/indicators")) {
            return """
                    {"code":"quote-%s","name":"SGB-II-Quote","unit":"%%","polarity":"LOWER_IS_BETTER","category":"SOCIAL","source":"Bundesagentur für Arbeit"}"""
                    .formatted(UUID.randomUUID().toString().substring(0, 8));
        }
        if (template.endsWith("/measurements")) {
            return "{\"period\":\"%d\",\"value\":12.5}".formatted(nextYear.getAndIncrement());
        }
        if (template.endsWith("/need-index")) {
            return "{\"components\":[{\"indicator\":\"%s\",\"weight\":1}],\"reason\":\"Beschluss der Steuerungsgruppe\"}".formatted(indicator);
        }
        if (template.equals("/api/kommunen")) {
            return "{\"key\":\"16063003\",\"name\":\"Bad Salzungen\"}"; // a Gemeinde of the Wartburgkreis; only one cell may register it
        }
        if (template.endsWith("/departments")) {
            return "{\"key\":\"traeger-%s\",\"name\":\"Kinder- und Jugendhilfe e. V.\",\"type\":\"FREIER_TRAEGER\"}"
                    .formatted(UUID.randomUUID().toString().substring(0, 8));
        }
        return "{\"name\":\"Winzerla\",\"kind\":\"QUARTIER\"}";
    }

    /** An open goal of Lobeda, just set. */
    private String freshGoal() {
        return created(as("stabsstelle").post(api + "/sozialraeume/" + lobeda + "/goals", bodyFor("/goals")));
    }

    /** A contribution to the Bürgerforum in Lobeda, just received, not answered. */
    private String freshContribution() {
        return created(as("stabsstelle").post(api + "/sozialraeume/" + lobeda + "/participation/" + participation + "/contributions",
                bodyFor("/contributions")));
    }

    /** A Sozialraum of Jena, just registered. */
    private String freshSozialraum() {
        return created(as("stabsstelle").post(api + "/sozialraeume", "{\"name\":\"Winzerla\",\"kind\":\"QUARTIER\"}"));
    }

    /** An indicator of Jena's catalogue, just defined. */
    private String freshIndicator() {
        JsonHttp.Response defined = as("stabsstelle").post(api + "/kommunen/16053/indicators", bodyFor("/indicators"));
        assertThat(defined.status()).as("status of %s", defined.body()).isEqualTo(201);
        return defined.body().get("code").asText();
    }

    /** One value of Lobeda for the setup's indicator, in a year no other cell uses. */
    private String csv() {
        return "sozialraum;indikator;zeitraum;wert\n%s;%s;%d;14,2\n".formatted(lobeda, indicator, nextYear.getAndIncrement());
    }

    /** A freier Träger of Jena, just added. */
    private String freshDepartment() {
        JsonHttp.Response added = as("stabsstelle").post(api + "/kommunen/16053/departments", bodyFor("/departments"));
        assertThat(added.status()).as("status of %s", added.body()).isEqualTo(201);
        return added.body().get("key").asText();
    }

    /** An assignment of Jena to the Jugendamt, accepted by its head. */
    private String acceptedAssignment() {
        String assignment = freshAssignment();
        assertThat(as("leitung-jugendamt").post(api + "/assignments/" + assignment + "/accept", "").status()).isEqualTo(202);
        return assignment;
    }

    /** An assignment of Jena to the Jugendamt, answered by its head with a later due date. */
    private String proposedAssignment() {
        String assignment = freshAssignment();
        assertThat(as("leitung-jugendamt").post(api + "/assignments/" + assignment + "/counter-propose", bodyFor("/counter-propose"))
                .status()).isEqualTo(202);
        return assignment;
    }

    /** An assignment of Jena to the Jugendamt, accepted and reported blocked by its head. */
    private String blockedAssignment() {
        String assignment = acceptedAssignment();
        assertThat(as("leitung-jugendamt").post(api + "/assignments/" + assignment + "/block", bodyFor("/block")).status()).isEqualTo(202);
        return assignment;
    }

    /** An assignment of Jena's Stabsstelle to the Jugendamt, still unanswered. */
    private String freshAssignment() {
        return created(await().atMost(Duration.ofSeconds(60)).until(
                () -> as("stabsstelle").post(api + "/assignments", issueBody()), response -> response.status() != 422));
    }

    private String freshDecision() {
        return created(as("stabsstelle").post(api + "/decisions", decisionBody()));
    }

    private static String decisionBody() {
        return """
                {"body":"STEUERUNGSGRUPPE","decidedOn":"%s","subject":"Streetwork in Lobeda","rationale":"Bedarf laut Sozialbericht"}"""
                .formatted(LocalDate.now().minusDays(1));
    }

    private String issueBody() {
        return """
                {"sozialraumId":"%s","department":"jugendamt","title":"Streetwork ausbauen","dueDate":"%s"}"""
                .formatted(lobeda, inOneYear());
    }

    private JsonHttp as(String user) {
        return users.get(user);
    }

    private static JsonNode entryOf(JsonNode timeline, String type, String assignment) {
        for (JsonNode entry : timeline.path("entries")) {
            if (entry.get("type").asText().equals(type) && entry.get("data").get("assignmentId").asText().equals(assignment)) {
                return entry;
            }
        }
        return null;
    }

    private static String created(JsonHttp.Response response) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(201);
        return response.body().get("id").asText();
    }

    private static String inOneYear() {
        return LocalDate.now().plusYears(1).toString();
    }

    /** The table between {@code <!-- matrix:begin -->} and {@code <!-- matrix:end -->} of docs/security.md. */
    record Matrix(List<String> principals, List<Row> rows) {

        record Row(String method, String path, Map<String, Integer> expected) {
        }

        static Matrix read(Path document) throws IOException {
            String text = Files.readString(document);
            String table = text.substring(text.indexOf("<!-- matrix:begin -->"), text.indexOf("<!-- matrix:end -->"));
            List<List<String>> lines = table.lines().filter(line -> line.startsWith("|"))
                    .map(line -> Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList())
                    .filter(cells -> !cells.get(0).startsWith("---"))
                    .toList();
            List<String> principals = lines.get(0).subList(1, lines.get(0).size());
            List<Row> rows = lines.subList(1, lines.size()).stream().map(cells -> {
                String[] endpoint = cells.get(0).replace("`", "").split(" ");
                Map<String, Integer> expected = new LinkedHashMap<>();
                for (int i = 0; i < principals.size(); i++) {
                    expected.put(principals.get(i), Integer.parseInt(cells.get(i + 1)));
                }
                return new Row(endpoint[0], endpoint[1], expected);
            }).toList();
            return new Matrix(principals, rows);
        }
    }
}
