package de.sozialraum.planning.kommune.domain;

import java.util.regex.Pattern;

/** What a department key looks like: a slug of lower-case letters and digits, words joined by single hyphens. */
public final class DepartmentKeys {

    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 40;
    private static final Pattern SLUG = Pattern.compile(PATTERN);

    private DepartmentKeys() {
    }

    public static boolean isValid(String key) {
        return key != null && key.length() >= MIN_LENGTH && key.length() <= MAX_LENGTH && SLUG.matcher(key).matches();
    }
}
