package de.sozialraum.identity;

import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * One filter chain for the OpenID Connect endpoints and the login page; the signing key (RSA, generated
 * at start-up) and the JWT decoder come from Spring Boot's auto-configuration.
 */
@Configuration
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SozialraumClaims claims) {
        http.oauth2AuthorizationServer(server -> server
                        .oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(claims::userInfo))))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/error", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").permitAll());
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties identity) {
        return AuthorizationServerSettings.builder().issuer(identity.issuer().toString()).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The demo users as login accounts; their claims are added to the tokens by {@link SozialraumClaims}.
     * With the well-known default password the provider only listens on the loopback interface.
     */
    @Bean
    UserDetailsService demoAccounts(DemoUsers demo, PasswordEncoder encoder,
                                    @Value("${server.address:}") String address) throws UnknownHostException {
        demo.requireSafeOn(address);
        String password = encoder.encode(demo.password());
        return new InMemoryUserDetailsManager(demo.users().stream()
                .map(user -> User.withUsername(user.username()).password(password).roles(user.role().name()).build())
                .toList());
    }
}
