package de.sozialraum.planning.kommune.api;

/**
 * A department as the Kommune's catalogue lists it.
 *
 * @param key  stable slug, unique within the Kommune for ever (also after retirement), e.g. {@code jugendamt}
 * @param name display name, e.g. "Jugendamt"
 */
public record Department(String key, String name, DepartmentType type) {
}
