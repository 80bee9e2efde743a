package de.sozialraum.reporting.state.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far each measured goal had come in a state: from the latest value of its indicator in the same state, the same
 * rule as planning's goal view (docs/api.md, "Progress"): {@code (current − baseline) / (target − baseline) × 100}, one
 * decimal half up, state judged on the exact values. The audit reads events only, so it computes this itself.
 */
final class GoalProgress {

    private GoalProgress() {
    }

    /** The goals of a state document, each measured one with {@code progress}. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> of(List<Map<String, Object>> goals, List<Map<String, Object>> measurements) {
        Map<Object, Map<String, Object>> latest = new LinkedHashMap<>();
        measurements.forEach(reading -> latest.put(reading.get("indicatorCode"), reading));
        return goals.stream().map(goal -> {
            if (!(goal.get("target") instanceof Map<?, ?> target)) {
                return goal;
            }
            Map<String, Object> withProgress = new LinkedHashMap<>(goal);
            withProgress.put("progress", progress((Map<String, Object>) target, latest.get(target.get("indicatorCode"))));
            return withProgress;
        }).toList();
    }

    private static Map<String, Object> progress(Map<String, Object> target, Map<String, Object> reading) {
        Map<String, Object> progress = new LinkedHashMap<>();
        if (reading == null) {
            progress.put("state", "NO_DATA");
            return progress;
        }
        BigDecimal baseline = decimal(target.get("baseline"));
        BigDecimal targetValue = decimal(target.get("targetValue"));
        BigDecimal current = decimal(reading.get("value"));
        BigDecimal gained = current.subtract(baseline);
        BigDecimal needed = targetValue.subtract(baseline);
        int direction = needed.signum();
        progress.put("state", gained.signum() * direction < 0 ? "WORSENED"
                : current.subtract(targetValue).signum() * direction >= 0 ? "REACHED" : "IN_PROGRESS");
        // planning refuses a target equal to its baseline; an event that has one anyway has no percentage
        progress.put("percent", direction == 0 ? null : gained.multiply(BigDecimal.valueOf(100)).divide(needed, 1, RoundingMode.HALF_UP));
        progress.put("period", reading.get("period"));
        progress.put("value", reading.get("value"));
        return progress;
    }

    private static BigDecimal decimal(Object number) {
        return new BigDecimal(number.toString());
    }
}
