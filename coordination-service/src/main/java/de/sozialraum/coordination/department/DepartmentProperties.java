package de.sozialraum.coordination.department;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The default department catalogue of every Kommune, until Kommunen manage their own (keys as used in
 * the API and in events).
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
