package de.sozialraum.planning.kommune.seed;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.planning.kommune.api.KommuneKind;
import de.sozialraum.planning.kommune.seed.ReferenceKommunen.Entry;
import org.junit.jupiter.api.Test;

class ReferenceKommunenTest {

    private final ReferenceKommunen thueringen = ReferenceKommunen.thueringen();

    @Test
    void holdsTheTwentyTwoPlanningKommunenOfThuringia() {
        assertThat(thueringen.all()).hasSize(22);
        assertThat(thueringen.all()).filteredOn(kommune -> kommune.kind() == KommuneKind.KREISFREIE_STADT).hasSize(5);
        assertThat(thueringen.all()).filteredOn(kommune -> kommune.kind() == KommuneKind.LANDKREIS).hasSize(17);
    }

    @Test
    void knowsJenaButNotEisenachWhichJoinedTheWartburgkreis() {
        assertThat(thueringen.all()).contains(new Entry("16053", "Jena", KommuneKind.KREISFREIE_STADT),
                new Entry("16063", "Wartburgkreis", KommuneKind.LANDKREIS));
        assertThat(thueringen.all()).extracting(Entry::key).doesNotContain("16056");
    }
}
