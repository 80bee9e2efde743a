package de.sozialraum.planning.sozialraum.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import de.sozialraum.platform.problem.DomainException;
import de.sozialraum.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

class BoundaryTest {

    private static final List<Object> RING = List.of(List.of(11.6, 50.88), List.of(11.62, 50.88), List.of(11.62, 50.9), List.of(11.6, 50.88));

    @Test
    void aPolygonIsStoredAsAMultiPolygonWithTheSamePositions() {
        Boundary boundary = Boundary.of("Polygon", List.of(RING));

        assertThat(boundary.type()).isEqualTo("MultiPolygon");
        assertThat(boundary.coordinates()).hasSize(1);
        assertThat(boundary.coordinates().get(0).get(0)).hasSize(4).first().isEqualTo(List.of(11.6, 50.88));
    }

    @Test
    void integersAreNumbersToo() {
        Boundary boundary = Boundary.of("MultiPolygon", List.of(List.of(List.of(List.of(11, 50), List.of(12, 50), List.of(12, 51), List.of(11, 50)))));

        assertThat(boundary.coordinates().get(0).get(0).get(1)).containsExactly(12.0, 50.0);
    }

    @Test
    void anAltitudeIsAllowedAndDropped() {
        Boundary boundary = Boundary.of("Polygon", List.of(List.of(List.of(11.6, 50.88, 155), List.of(11.62, 50.88, 150),
                List.of(11.62, 50.9, 160), List.of(11.6, 50.88, 155))));

        assertThat(boundary.coordinates().get(0).get(0).get(0)).containsExactly(11.6, 50.88);
    }

    @Test
    void whatIsWrongIsNamed() {
        assertInvalid("Point", List.of(11.6, 50.88), "type must be Polygon or MultiPolygon, not Point");
        assertInvalid("Polygon", List.of(List.of(List.of(11.6, 50.88), List.of(11.62, 50.88), List.of(11.6, 50.88))),
                "coordinates[0]: a ring needs at least 4 positions, has 3");
        assertInvalid("Polygon", List.of(List.of(List.of(11.6, 50.88), List.of(11.62, 50.88), List.of(11.62, 50.9), List.of(11.6, 50.9))),
                "coordinates[0]: a ring must end where it starts");
        assertInvalid("Polygon", List.of(List.of(List.of(191.6, 50.88), List.of(11.62, 50.88), List.of(11.62, 50.9), List.of(191.6, 50.88))),
                "coordinates[0][0]: longitude 191.6 is outside -180..180");
        assertInvalid("Polygon", List.of(List.of(List.of(11.6, 95), List.of(11.62, 50.88), List.of(11.62, 50.9), List.of(11.6, 95))),
                "coordinates[0][0]: latitude 95 is outside -90..90");
        assertInvalid("Polygon", List.of(List.of(List.of("11.6", 50.88), List.of(11.62, 50.88), List.of(11.62, 50.9), List.of("11.6", 50.88))),
                "coordinates[0][0]: a position is [longitude, latitude]");
        assertInvalid("MultiPolygon", List.of(), "coordinates: a MultiPolygon needs at least one polygon");
        assertInvalid("Polygon", "nichts", "coordinates must be an array");
    }

    @Test
    void tooManyPositionsAreRefused() {
        List<Object> ring = new ArrayList<>();
        for (int i = 0; i <= Boundary.MAX_POSITIONS; i++) {
            ring.add(List.of(11 + i * 1e-6, 50.0));
        }
        ring.add(List.of(11.0, 50.0));
        assertInvalid("Polygon", List.of(ring), "more than " + Boundary.MAX_POSITIONS + " positions");
    }

    private static void assertInvalid(String type, Object coordinates, String why) {
        assertThatThrownBy(() -> Boundary.of(type, coordinates))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("boundary-invalid"))
                .satisfies(e -> assertThat(((DomainException) e).arguments()).containsExactly(why));
    }
}
