package de.sozialraum.planning.kommune;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceKommunenTest {

    private final ReferenceKommunen thueringen = ReferenceKommunen.thueringen();

    @Test
    void holdsTheTwentyTwoPlanningKommunenOfThuringia() {
        assertThat(thueringen.all()).hasSize(22);
        assertThat(thueringen.all()).filteredOn(kommune -> kommune.kind().equals("kreisfreie Stadt")).hasSize(5);
    }

    @Test
    void knowsJenaButNotEisenachWhichJoinedTheWartburgkreis() {
        assertThat(thueringen.exists("16053")).isTrue();
        assertThat(thueringen.exists("16056")).isFalse();
        assertThat(thueringen.exists("16063")).isTrue();
    }
}
