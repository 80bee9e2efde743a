package de.sozialraum.coordination.assignment.query;

import java.util.Collection;
import java.util.List;

/** The median of durations: the middle one, or the mean of the two middle ones. */
final class Median {

    private Median() {
    }

    /** Null for no values. */
    static Long of(Collection<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
