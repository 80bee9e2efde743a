package de.sozialraum.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo accounts (listed in application.yml), the one source of the login page's table,
 * the start-up output and the tokens.
 *
 * @param password the password of every demo account (environment variable {@code SOZIALRAUM_DEMO_PASSWORD})
 */
@ConfigurationProperties("sozialraum.identity.demo")
public record DemoUsers(String password, List<DemoUser> users) {

    /** The password documented for development; other values are never shown. */
    public static final String DEFAULT_PASSWORD = "demo";

    public Optional<DemoUser> find(String username) {
        return users.stream().filter(user -> user.username().equals(username)).findFirst();
    }

    /** Whether the password is the well-known default, which pages and console may show. */
    public boolean passwordIsDefault() {
        return DEFAULT_PASSWORD.equals(password);
    }
}
