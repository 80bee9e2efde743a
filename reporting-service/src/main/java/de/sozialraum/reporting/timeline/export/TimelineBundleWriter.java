package de.sozialraum.reporting.timeline.export;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import de.sozialraum.audit.EntryHash;
import de.sozialraum.audit.Jcs;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.reporting.checkpoint.CheckpointKeys;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;

/**
 * Writes a timeline as a bundle (docs/audit.md, format {@value #FORMAT}): a zip of {@code entries.jsonl} (one entry
 * per line, in position order), {@code public-keys.json} (the checkpoints' keys) and {@code manifest.json} (counts, head hash, SHA-256 of the
 * other files). Streams: one database cursor, the zip written as the entries come, the manifest last — constant
 * memory for any length.
 */
public class TimelineBundleWriter {

    public static final String FORMAT = "sozialraum-timeline-bundle/1";
    static final String ENTRIES = "entries.jsonl";
    static final String PUBLIC_KEYS = "public-keys.json";
    static final String MANIFEST = "manifest.json";

    private final MongoTimeline timeline;
    private final CheckpointKeys keys;

    public TimelineBundleWriter(MongoTimeline timeline, CheckpointKeys keys) {
        this.timeline = timeline;
        this.keys = keys;
    }

    /** Writes the entries of {@code timelineId} from position 1 up to {@code toPosition} as a bundle to {@code out}. */
    public void write(String timelineId, String kommune, long toPosition, Actor exportedBy, Instant exportedAt, OutputStream out)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, 64 * 1024), UTF_8);
        Map<String, Object> files = new LinkedHashMap<>();
        Summary summary = new Summary();

        Digest entries = open(zip, ENTRIES, exportedAt);
        try {
            timeline.forEachEntry(timelineId, toPosition, entry -> {
                summary.add(entry);
                entries.write(line(entry));
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        files.put(ENTRIES, entries.close());

        Digest keyFile = open(zip, PUBLIC_KEYS, exportedAt);
        keyFile.write(Jcs.canonicalize(keys.published().stream().map(key -> {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("keyId", key.keyId());
            member.put("algorithm", key.algorithm());
            member.put("publicKey", key.publicKey());
            return member;
        }).toList()) + "\n");
        files.put(PUBLIC_KEYS, keyFile.close());

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("timelineId", timelineId);
        manifest.put("kommune", kommune);
        manifest.put("entries", summary.count);
        manifest.put("firstPosition", summary.first);
        manifest.put("lastPosition", summary.last);
        manifest.put("headHash", summary.head);
        manifest.put("exportedAt", exportedAt.toString());
        Map<String, Object> by = new LinkedHashMap<>();
        by.put("id", exportedBy.id());
        by.put("name", exportedBy.displayName());
        by.put("role", exportedBy.role());
        manifest.put("exportedBy", by);
        manifest.put("files", files);
        Digest manifestFile = open(zip, MANIFEST, exportedAt);
        manifestFile.write(readable(manifest));
        manifestFile.close();
        zip.finish();
        zip.flush();
    }

    /**
     * One line: the hashed members first (the payload in its canonical form, so numbers survive exactly), then the
     * informational ones.
     */
    static String line(TimelineEntry entry) {
        StringBuilder line = new StringBuilder(512);
        line.append("{\"position\":").append(entry.position());
        member(line, "eventId", entry.eventId());
        member(line, "type", entry.type());
        member(line, "time", EntryHash.time(entry.time()));
        line.append(",\"actor\":").append(Jcs.canonicalize(actor(entry.actor())));
        line.append(",\"payload\":").append(Jcs.canonicalize(entry.data()));
        member(line, "previousHash", entry.previousHash());
        member(line, "hash", entry.hash());
        member(line, "source", entry.source());
        member(line, "timelineId", entry.timelineId());
        member(line, "kommune", entry.kommune());
        member(line, "correlationId", entry.correlationId());
        member(line, "causationId", entry.causationId());
        line.append(",\"aggregate\":").append(Jcs.canonicalize(aggregate(entry.aggregate())));
        return line.append("}\n").toString();
    }

    private static void member(StringBuilder line, String name, String value) {
        line.append(",\"").append(name).append("\":").append(Jcs.canonicalize(value));
    }

    /** The actor as hashed: absent members left out (docs/audit.md). */
    private static Map<String, Object> actor(TimelineEntry.Actor actor) {
        if (actor == null) {
            return null;
        }
        Map<String, Object> members = new LinkedHashMap<>();
        putIfPresent(members, "id", actor.id());
        putIfPresent(members, "name", actor.name());
        putIfPresent(members, "role", actor.role());
        putIfPresent(members, "department", actor.department());
        return members;
    }

    private static Map<String, Object> aggregate(TimelineEntry.Aggregate aggregate) {
        if (aggregate == null) {
            return null;
        }
        Map<String, Object> members = new LinkedHashMap<>();
        putIfPresent(members, "type", aggregate.type());
        putIfPresent(members, "id", aggregate.id());
        putIfPresent(members, "sequence", aggregate.sequence());
        return members;
    }

    private static void putIfPresent(Map<String, Object> members, String name, Object value) {
        if (value != null) {
            members.put(name, value);
        }
    }

    /** The manifest for people: one member per line, the values canonical JSON. */
    private static String readable(Map<String, Object> manifest) {
        StringBuilder text = new StringBuilder("{\n");
        List<String> names = List.copyOf(manifest.keySet());
        for (int i = 0; i < names.size(); i++) {
            text.append("  ").append(Jcs.canonicalize(names.get(i))).append(": ").append(Jcs.canonicalize(manifest.get(names.get(i))))
                    .append(i + 1 < names.size() ? ",\n" : "\n");
        }
        return text.append("}\n").toString();
    }

    private static final class Summary {
        long count;
        long first;
        long last;
        String head = EntryHash.GENESIS;

        void add(TimelineEntry entry) {
            if (count++ == 0) {
                first = entry.position();
            }
            last = entry.position();
            head = entry.hash();
        }
    }

    private static Digest open(ZipOutputStream zip, String name, Instant time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time.toEpochMilli());
        zip.putNextEntry(entry);
        return new Digest(zip);
    }

    /** One file of the zip, its SHA-256 and size computed as it is written. */
    private static final class Digest {
        private final ZipOutputStream zip;
        private final DigestOutputStream out;
        private long bytes;

        Digest(ZipOutputStream zip) {
            this.zip = zip;
            try {
                this.out = new DigestOutputStream(new FilterOutputStream(zip) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        zip.write(b, off, len);
                    }

                    @Override
                    public void close() {
                        // the zip stays open
                    }
                }, MessageDigest.getInstance("SHA-256"));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void write(String text) {
            byte[] data = text.getBytes(UTF_8);
            try {
                out.write(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytes += data.length;
        }

        Map<String, Object> close() throws IOException {
            zip.closeEntry();
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("sha256", HexFormat.of().formatHex(out.getMessageDigest().digest()));
            described.put("bytes", bytes);
            return described;
        }
    }
}
