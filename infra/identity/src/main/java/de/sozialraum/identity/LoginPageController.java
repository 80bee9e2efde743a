package de.sozialraum.identity;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.stream.Collectors;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The German login page, self-contained, with the table of demo accounts; Spring Security handles the POST. */
@RestController
class LoginPageController {

    private final DemoUsers demo;

    LoginPageController(DemoUsers demo) {
        this.demo = demo;
    }

    @GetMapping(path = "/login", produces = "text/html;charset=UTF-8")
    String loginPage(CsrfToken csrf, @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout) {
        String message = error != null ? "<p class=\"fehler\">Benutzername oder Passwort falsch.</p>"
                : logout != null ? "<p>Sie sind abgemeldet.</p>" : "";
        return """
                <!DOCTYPE html>
                <html lang="de">
                <head>
                <meta charset="utf-8">
                <title>Anmeldung – Sozialraum-Koordination</title>
                <style>
                  body { font-family: sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
                  label { display: block; margin-top: .8rem; }
                  input { padding: .3rem; width: 16rem; }
                  button { margin-top: 1rem; padding: .4rem 1.2rem; }
                  .fehler { color: #a00; font-weight: bold; }
                  table { border-collapse: collapse; margin-top: .5rem; }
                  th, td { text-align: left; padding: .2rem .8rem .2rem 0; border-bottom: 1px solid #ddd; }
                </style>
                </head>
                <body>
                <h1>Anmeldung – Sozialraum-Koordination</h1>
                %s
                <form method="post" action="/login">
                  <input type="hidden" name="%s" value="%s">
                  <label for="username">Benutzername</label>
                  <input id="username" name="username" autocomplete="username" autofocus required>
                  <label for="password">Passwort</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required>
                  <div><button type="submit">Anmelden</button></div>
                </form>
                <h2>Demo-Konten</h2>
                <p>%s</p>
                <table>
                  <tr><th>Benutzername</th><th>Name</th><th>Rolle</th><th>Fachbereich</th><th>Kommune</th></tr>
                %s
                </table>
                </body>
                </html>
                """.formatted(message, htmlEscape(csrf.getParameterName()), htmlEscape(csrf.getToken()),
                passwordNote(), userRows());
    }

    private String passwordNote() {
        return demo.passwordIsDefault()
                ? "Entwicklungsumgebung: Passwort für alle Demo-Konten: " + DemoUsers.DEFAULT_PASSWORD
                : "Entwicklungsumgebung: Das Passwort aller Demo-Konten ist durch SOZIALRAUM_DEMO_PASSWORD gesetzt.";
    }

    private String userRows() {
        return demo.users().stream()
                .map(user -> "  <tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>".formatted(
                        htmlEscape(user.username()), htmlEscape(user.displayName()), htmlEscape(user.role().label()),
                        orDash(user.department()), orDash(user.kommune())))
                .collect(Collectors.joining("\n"));
    }

    private static String orDash(String value) {
        return value == null ? "–" : htmlEscape(value);
    }
}
