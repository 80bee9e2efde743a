package de.sozialraum.reporting.timeline.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * At start-up, chains the timeline entries stored before the hash chain existed (docs/operations.md). Nothing to
 * do after the first run; appending does not wait for it (an append onto an unchained timeline chains it first).
 */
public class TimelineChainBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TimelineChainBackfill.class);

    private final MongoTimeline timeline;

    public TimelineChainBackfill(MongoTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        long started = System.nanoTime();
        long chained = timeline.chainUnchained();
        if (chained > 0) {
            log.info("Chained {} timeline entries stored before the hash chain in {} ms", chained, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
