package de.sozialraum.reporting.timeline.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.sozialraum.reporting.timeline.api.TimelineEntry;

/** Four writers append all the same events at once, each in its own order: races for positions, and redeliveries. */
final class RacingWriters {

    private static final int WRITERS = 4;

    private RacingWriters() {
    }

    static void appendAll(MongoTimeline timeline, List<TimelineEntry> events) throws Exception {
        List<Callable<Void>> writers = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            List<TimelineEntry> mine = new ArrayList<>(events);
            Collections.shuffle(mine);
            writers.add(() -> {
                mine.forEach(timeline::append);
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
