package de.sozialraum.coordination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock in Berlin that stands still until a test moves it; stands in for the service's {@code Clock} bean. */
public final class MovableClock extends Clock {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final AtomicReference<Instant> now;

    public MovableClock() {
        this(Instant.now());
    }

    public MovableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

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

    public void reset() {
        now.set(Instant.now());
    }

    public void moveTo(Instant instant) {
        now.set(instant);
    }

    public void moveTo(LocalDate day, LocalTime time) {
        moveTo(day.atTime(time).atZone(BERLIN).toInstant());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), BERLIN);
    }
}
