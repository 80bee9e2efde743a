package de.sozialraum.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.csrf.DefaultCsrfToken;

class LoginPageControllerTest {

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("leitung-jugendamt", "Jonas Keller (Leitung Jugendamt)", Role.DEPARTMENT_HEAD, "16053", "jugendamt"));
    private static final DefaultCsrfToken CSRF = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-123");

    @Test
    void showsTheFormWithCsrfFieldAndTheDemoAccounts() {
        String page = new LoginPageController(new DemoUsers("demo", USERS)).loginPage(CSRF, null, null);

        assertThat(page).contains("<title>Anmeldung – Sozialraum-Koordination</title>", "Benutzername", "Passwort",
                        "Anmelden", "<input type=\"hidden\" name=\"_csrf\" value=\"token-123\">")
                .contains("<td>leitung-jugendamt</td>", "<td>Fachbereichsleitung</td>", "<td>jugendamt</td>", "<td>16053</td>")
                .contains("Entwicklungsumgebung: Passwort für alle Demo-Konten: demo")
                .doesNotContain("Benutzername oder Passwort falsch.");
    }

    @Test
    void afterBadCredentialsSaysSoInGerman() {
        String page = new LoginPageController(new DemoUsers("demo", USERS)).loginPage(CSRF, "", null);

        assertThat(page).contains("Benutzername oder Passwort falsch.");
    }

    @Test
    void neverShowsAPasswordSetByTheEnvironment() {
        String page = new LoginPageController(new DemoUsers("geheim-42", USERS)).loginPage(CSRF, null, null);

        assertThat(page).doesNotContain("geheim-42").contains("SOZIALRAUM_DEMO_PASSWORD");
    }
}
