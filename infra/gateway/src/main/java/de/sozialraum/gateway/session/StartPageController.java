package de.sozialraum.gateway.session;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /}: who is logged in, where the APIs are, and the way out. Self-contained, no assets. */
@RestController
class StartPageController {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="de">
            <head>
            <meta charset="utf-8">
            <title>Sozialraum-Koordination</title>
            <style>
            body { font-family: sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
            dt { font-weight: bold; } code { background: #eee; padding: 0 .2rem; }
            </style>
            </head>
            <body>
            <h1>Sozialraum-Koordination</h1>
            <p>Angemeldet als <strong>%s</strong></p>
            <dl>
            <dt>Rolle</dt><dd>%s</dd>
            <dt>Fachbereich</dt><dd>%s</dd>
            <dt>Kommune</dt><dd>%s</dd>
            </dl>
            <h2>Schnittstellen</h2>
            <ul>
            <li>Planung: <code>/api/sozialraeume</code>, <code>/api/kommunen</code>
             (<a href="/docs/planning/v3/api-docs">API-Beschreibung</a>)</li>
            <li>Koordination: <code>/api/assignments</code>
             (<a href="/docs/coordination/v3/api-docs">API-Beschreibung</a>)</li>
            <li>Berichte: <code>/api/sozialraeume/{id}/timeline</code>, <code>/api/kommunen/{schlüssel}/timeline</code>
             (<a href="/docs/reporting/v3/api-docs">API-Beschreibung</a>)</li>
            <li><a href="/session">Sitzung als JSON</a></li>
            </ul>
            <form method="post" action="/logout">
            <input type="hidden" name="%s" value="%s">
            <button type="submit">Abmelden</button>
            </form>
            </body>
            </html>
            """;

    /** The German name of a role, as the services and the identity provider name it. */
    private static String roleName(String role) {
        return switch (role) {
            case "STABSSTELLE" -> "Stabsstelle Sozialplanung";
            case "DEPARTMENT_HEAD" -> "Fachbereichsleitung";
            case "AUDITOR" -> "Prüfung";
            case "ADMIN" -> "Administration";
            default -> role;
        };
    }

    @GetMapping(path = "/", produces = "text/html;charset=UTF-8")
    String page(@AuthenticationPrincipal OidcUser oidc, CsrfToken csrf) {
        SignedInUser user = SignedInUser.from(oidc);
        return PAGE.formatted(
                htmlEscape(user.name()),
                user.roles().isEmpty() ? "–" : htmlEscape(user.roles().stream().map(StartPageController::roleName).collect(Collectors.joining(", "))),
                htmlEscape(Objects.requireNonNullElse(user.department(), "–")),
                htmlEscape(Objects.requireNonNullElse(user.kommune(), "–")),
                htmlEscape(csrf.getParameterName()),
                htmlEscape(csrf.getToken()));
    }
}
