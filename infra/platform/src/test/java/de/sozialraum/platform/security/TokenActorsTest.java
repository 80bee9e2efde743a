package de.sozialraum.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.problem.DomainException;
import de.sozialraum.platform.problem.ForbiddenException;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class TokenActorsTest {

    @Test
    void aDepartmentHeadIsKnownByIdNameRoleDepartmentAndKommune() {
        Actor actor = TokenActors.from(token(claims -> claims.put("department", "jugendamt"), "DEPARTMENT_HEAD"));

        assertThat(actor).isEqualTo(new Actor("u-1", "Jonas Keller (Leitung Jugendamt)", "DEPARTMENT_HEAD", "jugendamt", "16053"));
    }

    @Test
    void aDepartmentClaimCountsOnlyForHeads() {
        assertThat(TokenActors.from(token(claims -> claims.put("department", "jugendamt"), "STABSSTELLE")).department()).isNull();
    }

    @Test
    void rolesOtherThanOursAreIgnoredButExactlyOneOfOursIsRequired() {
        assertThat(TokenActors.from(token(claims -> { }, "offline_access", "AUDITOR")).role()).isEqualTo("AUDITOR");
        assertRefused(token(claims -> { }, "offline_access"), "token-role-invalid");
        assertRefused(token(claims -> { }, "AUDITOR", "STABSSTELLE"), "token-role-invalid");
        assertRefused(token(claims -> claims.remove("roles")), "token-role-invalid");
    }

    @Test
    void everyoneButALandWideAdministratorNeedsAKommune() {
        assertRefused(token(claims -> claims.remove("kommune"), "STABSSTELLE"), "token-kommune-missing");
        assertThat(TokenActors.from(token(claims -> claims.remove("kommune"), "ADMIN")).kommune()).isNull();
    }

    @Test
    void aHeadWithoutDepartmentIsRefused() {
        assertRefused(token(claims -> { }, "DEPARTMENT_HEAD"), "token-department-missing");
    }

    @Test
    void theDisplayNameFallsBackToTheUserNameThenTheSubject() {
        assertThat(TokenActors.from(token(claims -> claims.remove("name"), "AUDITOR")).displayName()).isEqualTo("jkeller");
        assertThat(TokenActors.from(token(claims -> {
            claims.remove("name");
            claims.remove("preferred_username");
        }, "AUDITOR")).displayName()).isEqualTo("u-1");
    }

    private static void assertRefused(Jwt token, String code) {
        assertThatThrownBy(() -> TokenActors.from(token))
                .isInstanceOf(ForbiddenException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(code);
    }

    private static Jwt token(Consumer<Map<String, Object>> change, String... roles) {
        return Jwt.withTokenValue("t").header("alg", "RS256")
                .subject("u-1")
                .issuedAt(Instant.now())
                .claim("name", "Jonas Keller (Leitung Jugendamt)")
                .claim("preferred_username", "jkeller")
                .claim("kommune", "16053")
                .claim("roles", List.of(roles))
                .claims(change)
                .build();
    }
}
