package de.sozialraum.planning.indicator.api;

/** How the aggregates of indicators and series are named: codes are unique per Kommune, series per Sozialraum. */
public final class IndicatorIds {

    /** A code: lower-case letters and digits in words joined by hyphens, e.g. {@code sgb2-quote}. */
    public static final String CODE_FORMAT = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final int CODE_MAX_LENGTH = 40;

    private IndicatorIds() {
    }

    public static String indicator(String kommuneKey, String code) {
        return kommuneKey + "/" + code;
    }

    public static String series(String sozialraumId, String code) {
        return sozialraumId + "/" + code;
    }

    public static boolean isCode(String code) {
        return code != null && code.length() >= 2 && code.length() <= CODE_MAX_LENGTH && code.matches(CODE_FORMAT);
    }
}
