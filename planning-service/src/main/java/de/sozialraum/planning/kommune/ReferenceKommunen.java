package de.sozialraum.planning.kommune;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Kommunen from the official reference list shipped with the service: the 22 planning Kommunen of
 * Thuringia (17 Landkreise, 5 kreisfreie Städte) with their Kreisschlüssel.
 */
public final class ReferenceKommunen implements KommuneDirectory {

    static final String THUERINGEN = "/kommunen/thueringen-kreise.csv";

    private final Map<String, Kommune> byKey;

    private ReferenceKommunen(List<Kommune> kommunen) {
        this.byKey = kommunen.stream().collect(Collectors.toUnmodifiableMap(Kommune::key, Function.identity()));
    }

    public static ReferenceKommunen thueringen() {
        try (InputStream in = Objects.requireNonNull(ReferenceKommunen.class.getResourceAsStream(THUERINGEN), THUERINGEN);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new ReferenceKommunen(reader.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(ReferenceKommunen::parse)
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + THUERINGEN, e);
        }
    }

    private static Kommune parse(String line) {
        String[] columns = line.split(",", -1);
        if (columns.length != 3) {
            throw new IllegalStateException("Unexpected line in " + THUERINGEN + ": " + line);
        }
        return new Kommune(columns[0].strip(), columns[1].strip(), columns[2].strip());
    }

    @Override
    public boolean exists(String kommuneKey) {
        return byKey.containsKey(kommuneKey);
    }

    public List<Kommune> all() {
        return byKey.values().stream().sorted(Comparator.comparing(Kommune::key)).toList();
    }
}
