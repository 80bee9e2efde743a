package de.sozialraum.testsupport;

import java.util.List;

/**
 * A person tests act as: the claims {@link TestTokens} puts into a token. The same people as the
 * development identity provider's demo users, plus Gera for tenancy tests.
 *
 * @param id         the token's subject
 * @param name       display name
 * @param role       STABSSTELLE, DEPARTMENT_HEAD, AUDITOR or ADMIN
 * @param department department key of a head, else {@code null}
 * @param kommune    Kreisschlüssel of the Kommune
 */
public record TestUser(String id, String name, String role, String department, String kommune) {

    public static final String JENA = "16053";
    public static final String GERA = "16052";

    public static final TestUser STABSSTELLE = new TestUser("stabsstelle", "Sabine Brandt (Stabsstelle Sozialplanung)", "STABSSTELLE", null, JENA);
    public static final TestUser LEITUNG_JUGENDAMT = new TestUser("leitung-jugendamt", "Jonas Keller (Leitung Jugendamt)", "DEPARTMENT_HEAD", "jugendamt", JENA);
    public static final TestUser LEITUNG_SOZIALAMT = new TestUser("leitung-sozialamt", "Miriam Vogt (Leitung Sozialamt)", "DEPARTMENT_HEAD", "sozialamt", JENA);
    public static final TestUser PRUEFUNG = new TestUser("pruefung", "Claudia Wendt (Rechnungsprüfung)", "AUDITOR", null, JENA);
    public static final TestUser ADMIN = new TestUser("admin", "Tobias Fischer (Administration)", "ADMIN", null, JENA);
    public static final TestUser STABSSTELLE_GERA = new TestUser("stabsstelle-gera", "Petra Albrecht (Stabsstelle Gera)", "STABSSTELLE", null, GERA);
    public static final TestUser LEITUNG_JUGENDAMT_GERA = new TestUser("leitung-jugendamt-gera", "Uwe Richter (Leitung Jugendamt Gera)", "DEPARTMENT_HEAD", "jugendamt", GERA);

    /** Everyone above: the principals of the authorisation matrix (plus anonymous). */
    public static final List<TestUser> ALL = List.of(STABSSTELLE, LEITUNG_JUGENDAMT, LEITUNG_SOZIALAMT, PRUEFUNG, ADMIN,
            STABSSTELLE_GERA, LEITUNG_JUGENDAMT_GERA);
}
