package de.sozialraum.identity;

/** The roles the services know; a user has exactly one, carried in the {@code roles} claim. */
public enum Role {
    STABSSTELLE("Stabsstelle Sozialplanung"),
    DEPARTMENT_HEAD("Fachbereichsleitung"),
    AUDITOR("Prüfung"),
    ADMIN("Administration");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** German name for pages and console output. */
    public String label() {
        return label;
    }
}
