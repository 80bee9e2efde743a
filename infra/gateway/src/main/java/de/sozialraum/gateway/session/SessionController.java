package de.sozialraum.gateway.session;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /session}: who is logged in, for the web UI (401 problem document when nobody is). */
@RestController
class SessionController {

    @GetMapping("/session")
    SignedInUser session(@AuthenticationPrincipal OidcUser oidc) {
        return SignedInUser.from(oidc);
    }
}
