package de.sozialraum.coordination.assignment.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock in Berlin that stands still until a test moves it; stands in for the service's {@code Clock} bean. */
final class MovableClock extends Clock {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    @Override
    public ZoneId getZone() {
        return BERLIN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service counts days in Berlin only");
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    void reset() {
        now.set(Instant.now());
    }

    void moveTo(Instant instant) {
        now.set(instant);
    }

    void moveTo(LocalDate day, LocalTime time) {
        moveTo(day.atTime(time).atZone(BERLIN).toInstant());
    }

    LocalDate today() {
        return LocalDate.ofInstant(instant(), BERLIN);
    }
}
