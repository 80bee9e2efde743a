package de.sozialraum.audit.state;

import static de.sozialraum.audit.state.Folds.PLANNING;

import java.util.LinkedHashMap;
import java.util.Map;

/** A Kommune's own timeline (ADR 0009): the Kommune, its departments, its indicator catalogue, its need index method. */
final class KommuneFolds {

    private KommuneFolds() {
    }

    static void register(Map<String, Fold> folds) {
        folds.put(PLANNING + "KommuneRegistered.v1", change -> {
            change.state().kommune(change.stamp(change.copy(new LinkedHashMap<>(), "kommuneKey", "name", "kind")));
            for (Object listed : change.list("departments")) {
                Map<?, ?> department = (Map<?, ?>) listed;
                Map<String, Object> item = change.create("departments", (String) department.get("key"));
                item.put("name", department.get("name"));
                item.put("type", department.get("type"));
                item.put("active", true);
            }
        });
        folds.put(PLANNING + "DepartmentAdded.v1", change ->
                change.create("departments", change.text("departmentKey"), "name", "type").put("active", true));
        folds.put(PLANNING + "DepartmentRetired.v1", change -> change.change("departments", change.text("departmentKey"))
                .ifPresent(department -> {
                    department.put("active", false);
                    department.put("retirementReason", change.value("reason"));
                }));
        folds.put(PLANNING + "IndicatorDefined.v1", change -> change.create("indicators", change.text("code"), "name", "unit",
                "polarity", "category", "source").put("revision", 0));
        folds.put(PLANNING + "IndicatorRevised.v1", change -> change.change("indicators", change.text("code"))
                .ifPresent(indicator -> change.copy(indicator, "name", "category", "source", "revision")));
        folds.put(PLANNING + "NeedIndexDefined.v1", change -> {
            Map<String, Object> kommune = change.state().kommune();
            if (kommune != null) {
                change.stamp(kommune).put("needIndex", change.copy(new LinkedHashMap<>(), "version", "components", "reason"));
            }
        });
    }
}
