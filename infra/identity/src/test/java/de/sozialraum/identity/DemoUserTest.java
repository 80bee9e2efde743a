package de.sozialraum.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class DemoUserTest {

    @Test
    void departmentHeadCarriesRoleKommuneAndDepartment() {
        DemoUser head = new DemoUser("leitung-sozialamt", "Miriam Vogt (Leitung Sozialamt)", Role.DEPARTMENT_HEAD,
                "16053", "sozialamt");

        assertThat(head.claims())
                .containsEntry("preferred_username", "leitung-sozialamt")
                .containsEntry("name", "Miriam Vogt (Leitung Sozialamt)")
                .containsEntry("roles", List.of("DEPARTMENT_HEAD"))
                .containsEntry("kommune", "16053")
                .containsEntry("department", "sozialamt");
    }

    @Test
    void usersOtherThanDepartmentHeadsCarryNoDepartment() {
        DemoUser auditor = new DemoUser("pruefung", "Claudia Wendt (Rechnungsprüfung)", Role.AUDITOR, "16053", null);

        assertThat(auditor.claims()).doesNotContainKey("department").containsEntry("roles", List.of("AUDITOR"));
    }

    @Test
    void landWideAdminCarriesNoKommune() {
        DemoUser admin = new DemoUser("land-admin", "Landesadministration", Role.ADMIN, null, null);

        assertThat(admin.claims()).doesNotContainKey("kommune");
    }

    @Test
    void departmentHeadWithoutDepartmentIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DemoUser("leitung", "Leitung", Role.DEPARTMENT_HEAD, "16053", null));
    }

    @Test
    void departmentForAnotherRoleIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DemoUser("stabsstelle", "Stab", Role.STABSSTELLE, "16053", "jugendamt"));
    }

    @Test
    void kommuneMustBeAFiveDigitKreisschluessel() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DemoUser("stabsstelle", "Stab", Role.STABSSTELLE, "Jena", null));
    }

    @Test
    void theDefaultPasswordServesTheLoopbackInterfaceOnly() throws Exception {
        DemoUsers withDefault = new DemoUsers(DemoUsers.DEFAULT_PASSWORD, List.of());
        withDefault.requireSafeOn("127.0.0.1");
        withDefault.requireSafeOn("localhost");
        assertThatThrownBy(() -> withDefault.requireSafeOn("0.0.0.0")).hasMessageContaining("SOZIALRAUM_DEMO_PASSWORD");
        assertThatThrownBy(() -> withDefault.requireSafeOn("")).hasMessageContaining("loopback");
        new DemoUsers("ein-eigenes-Passwort", List.of()).requireSafeOn("0.0.0.0");
    }
}
