package de.sozialraum.identity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The clients: the gateway's login, and for scripts one personal client per demo user, whose client id is
 * the user name and whose secret is the user's password (development convenience, see README).
 */
@Configuration
class ClientRegistrations {

    /** Client setting naming the demo user a personal client acts for; only such clients get a user's claims. */
    static final String PERSONAL_CLIENT_OF = "sozialraum.personal-client-of";

    @Bean
    RegisteredClientRepository registeredClientRepository(IdentityProperties identity, DemoUsers demo,
            PasswordEncoder encoder) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(identity.accessTokenLifetime()).build();
        List<RegisteredClient> clients = new ArrayList<>();
        clients.add(gateway(identity.gateway(), encoder, tokens));
        // Encoded one by one: the repository refuses two clients with the same stored secret.
        demo.users().forEach(user -> clients.add(personal(user, encoder.encode(demo.password()), tokens)));
        return new InMemoryRegisteredClientRepository(clients);
    }

    private static RegisteredClient gateway(IdentityProperties.Gateway gateway, PasswordEncoder encoder,
            TokenSettings tokens) {
        return RegisteredClient.withId(gateway.clientId())
                .clientId(gateway.clientId())
                .clientSecret(encoder.encode(gateway.clientSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(gateway.redirectUri())
                .postLogoutRedirectUri(gateway.postLogoutRedirectUri())
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).requireProofKey(true).build())
                .tokenSettings(tokens)
                .build();
    }

    private static RegisteredClient personal(DemoUser user, String encodedSecret, TokenSettings tokens) {
        return RegisteredClient.withId(user.username())
                .clientId(user.username())
                .clientName(user.displayName())
                .clientSecret(encodedSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder().setting(PERSONAL_CLIENT_OF, user.username()).build())
                .tokenSettings(tokens)
                .build();
    }
}
