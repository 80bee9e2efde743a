package de.sozialraum.planning.kommune;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import de.sozialraum.planning.kommune.api.Department;
import de.sozialraum.planning.kommune.api.DepartmentType;
import de.sozialraum.planning.kommune.domain.DepartmentDefaults;
import de.sozialraum.planning.kommune.domain.DepartmentKeys;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Kommunen registry's settings ({@code sozialraum.kommunen.*}).
 *
 * @param defaultDepartments the catalogue every newly registered Kommune starts with (a Kommune registered
 *                           earlier keeps the one it started with); type {@code AMT} unless given
 * @param seedingTimeout     how long start-up waits for the reference Kommunen to be registered and visible
 *                           before it gives up (the service does not start without them)
 */
@ConfigurationProperties("sozialraum.kommunen")
public record KommuneProperties(List<Department> defaultDepartments, Duration seedingTimeout) implements DepartmentDefaults {

    static final List<Department> SIX_DEPARTMENTS = List.of(
            new Department("jugendamt", "Jugendamt", DepartmentType.AMT),
            new Department("sozialamt", "Sozialamt", DepartmentType.AMT),
            new Department("gesundheitsamt", "Gesundheitsamt", DepartmentType.AMT),
            new Department("schulverwaltung", "Schulverwaltung", DepartmentType.AMT),
            new Department("quartiersmanagement", "Quartiersmanagement", DepartmentType.AMT),
            new Department("wohnungswirtschaft", "Wohnungswirtschaft", DepartmentType.AMT));

    public KommuneProperties {
        defaultDepartments = defaultDepartments == null ? SIX_DEPARTMENTS : defaultDepartments.stream()
                .map(department -> new Department(department.key(), department.name(),
                        department.type() == null ? DepartmentType.AMT : department.type()))
                .toList();
        seedingTimeout = seedingTimeout == null ? Duration.ofMinutes(2) : seedingTimeout;
        Set<String> keys = new HashSet<>();
        for (Department department : defaultDepartments) {
            if (!DepartmentKeys.isValid(department.key()) || !keys.add(department.key())
                    || department.name() == null || department.name().isBlank()) {
                throw new IllegalArgumentException("sozialraum.kommunen.default-departments: each needs a unique key ("
                        + DepartmentKeys.PATTERN + ", " + DepartmentKeys.MIN_LENGTH + "-" + DepartmentKeys.MAX_LENGTH
                        + " characters) and a name; not so " + department);
            }
        }
    }

    @Override
    public List<Department> departments() {
        return defaultDepartments;
    }
}
