package de.sozialraum.planning.sozialraum.api;

import java.util.ArrayList;
import java.util.List;

import de.sozialraum.platform.problem.RuleViolationException;

/**
 * The outline of a Sozialraum as a GeoJSON geometry (RFC 7946), always stored as {@code MultiPolygon}
 * in WGS 84 longitude/latitude. {@link #of} accepts a {@code Polygon} or {@code MultiPolygon} and checks
 * what can be checked without a geometry library: the structure, every position a finite
 * [longitude, latitude] within range (an altitude, which RFC 7946 allows, is dropped), every ring
 * closed with at least four positions, and a size limit. It does not check that rings are simple (no self-intersection) or correctly wound.
 *
 * @param type        always {@code MultiPolygon}
 * @param coordinates polygons → rings → positions → [longitude, latitude]
 */
public record Boundary(String type, List<List<List<List<Double>>>> coordinates) {

    public static final String MULTI_POLYGON = "MultiPolygon";
    /**
     * More positions than any district outline needs; keeps events well below Kafka's default message
     * size of 1 MB (about 40 bytes a position in JSON).
     */
    public static final int MAX_POSITIONS = 10_000;

    public Boundary {
        if (!MULTI_POLYGON.equals(type)) {
            throw new IllegalArgumentException("A boundary is stored as MultiPolygon, not " + type);
        }
        coordinates = List.copyOf(coordinates);
    }

    /** A boundary from a GeoJSON geometry's {@code type} and {@code coordinates}, or a 422 saying what is wrong. */
    public static Boundary of(String type, Object coordinates) {
        Counter positions = new Counter();
        List<List<List<List<Double>>>> polygons = switch (type == null ? "" : type) {
            case "Polygon" -> List.of(polygon(coordinates, "coordinates", positions));
            case MULTI_POLYGON -> {
                List<?> list = list(coordinates, "coordinates");
                if (list.isEmpty()) {
                    throw invalid("coordinates: a MultiPolygon needs at least one polygon");
                }
                List<List<List<List<Double>>>> all = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    all.add(polygon(list.get(i), "coordinates[" + i + "]", positions));
                }
                yield all;
            }
            default -> throw invalid("type must be Polygon or MultiPolygon, not " + type);
        };
        return new Boundary(MULTI_POLYGON, polygons);
    }

    private static List<List<List<Double>>> polygon(Object value, String path, Counter positions) {
        List<?> rings = list(value, path);
        if (rings.isEmpty()) {
            throw invalid(path + ": a polygon needs an outer ring");
        }
        List<List<List<Double>>> result = new ArrayList<>();
        for (int i = 0; i < rings.size(); i++) {
            result.add(ring(rings.get(i), path + "[" + i + "]", positions));
        }
        return result;
    }

    private static List<List<Double>> ring(Object value, String path, Counter positions) {
        List<?> points = list(value, path);
        if (points.size() < 4) {
            throw invalid(path + ": a ring needs at least 4 positions, has " + points.size());
        }
        List<List<Double>> result = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            result.add(position(points.get(i), path + "[" + i + "]"));
            if (++positions.count > MAX_POSITIONS) {
                throw invalid("more than " + MAX_POSITIONS + " positions");
            }
        }
        if (!result.get(0).equals(result.get(result.size() - 1))) {
            throw invalid(path + ": a ring must end where it starts");
        }
        return result;
    }

    private static List<Double> position(Object value, String path) {
        List<?> numbers = list(value, path);
        if (numbers.size() < 2 || numbers.size() > 3 || !(numbers.get(0) instanceof Number lon)
                || !(numbers.get(1) instanceof Number lat) || numbers.size() == 3 && !(numbers.get(2) instanceof Number)) {
            throw invalid(path + ": a position is [longitude, latitude]");
        }
        double longitude = lon.doubleValue();
        double latitude = lat.doubleValue();
        if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            throw invalid(path + ": longitude " + lon + " is outside -180..180");
        }
        if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            throw invalid(path + ": latitude " + lat + " is outside -90..90");
        }
        return List.of(longitude, latitude);
    }

    private static List<?> list(Object value, String path) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw invalid(path + " must be an array");
    }

    private static RuleViolationException invalid(String why) {
        return new RuleViolationException("boundary-invalid", "Invalid boundary: " + why, why);
    }

    private static final class Counter {
        private int count;
    }
}
