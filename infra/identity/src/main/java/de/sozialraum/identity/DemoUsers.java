package de.sozialraum.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
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

    /**
     * Refuses the well-known default password unless the provider listens on the loopback interface
     * only ({@code server.address}; blank means every interface).
     */
    public void requireSafeOn(String address) throws UnknownHostException {
        if (passwordIsDefault() && (address.isBlank() || !InetAddress.getByName(address).isLoopbackAddress())) {
            throw new IllegalStateException("The demo password \"" + DEFAULT_PASSWORD + "\" is allowed on the loopback "
                    + "interface only, not on \"" + address + "\": set SOZIALRAUM_DEMO_PASSWORD");
        }
    }

    /** Whether the password is the well-known default, which pages and console may show. */
    public boolean passwordIsDefault() {
        return DEFAULT_PASSWORD.equals(password);
    }
}
