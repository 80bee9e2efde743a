package de.sozialraum.planning.department;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The default department catalogue ({@code sozialraum.departments.defaults}), the same keys as in
 * coordination-service. Departments per Kommune, with own ones and external providers, replace it
 * when planning keeps the Kommunen registry (issue 5, part 1).
 */
@ConfigurationProperties("sozialraum.departments")
public record DepartmentProperties(
        @DefaultValue({"jugendamt", "sozialamt", "gesundheitsamt", "schulverwaltung", "quartiersmanagement",
                "wohnungswirtschaft"}) List<String> defaults) implements DepartmentCatalogue {

    @Override
    public boolean contains(String departmentKey) {
        return defaults.contains(departmentKey);
    }
}
