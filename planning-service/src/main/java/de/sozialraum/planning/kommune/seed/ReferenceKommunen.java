package de.sozialraum.planning.kommune.seed;

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

import de.sozialraum.planning.kommune.api.KommuneKind;

/**
 * The official reference list shipped with the service, the seed of the Kommunen registry: the 22
 * planning Kommunen of Thuringia (17 Landkreise, 5 kreisfreie Städte) with their Kreisschlüssel.
 */
public final class ReferenceKommunen {

    static final String THUERINGEN = "/kommunen/thueringen-kreise.csv";
    private static final Map<String, KommuneKind> KINDS = Map.of(
            "Landkreis", KommuneKind.LANDKREIS,
            "kreisfreie Stadt", KommuneKind.KREISFREIE_STADT);

    /** One line of the list. */
    public record Entry(String key, String name, KommuneKind kind) {
    }

    private final List<Entry> entries;

    private ReferenceKommunen(List<Entry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparing(Entry::key)).toList();
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

    private static Entry parse(String line) {
        String[] columns = line.split(",", -1);
        KommuneKind kind = columns.length == 3 ? KINDS.get(columns[2].strip()) : null;
        if (kind == null || !columns[0].strip().matches("\\d{5}")) {
            throw new IllegalStateException("Unexpected line in " + THUERINGEN + ": " + line);
        }
        return new Entry(columns[0].strip(), columns[1].strip(), kind);
    }

    /** By key. */
    public List<Entry> all() {
        return entries;
    }
}
