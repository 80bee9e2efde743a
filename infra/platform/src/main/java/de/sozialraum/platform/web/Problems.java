package de.sozialraum.platform.web;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the problem documents of all services: type {@code urn:sozialraum-koordination:problem:<code>},
 * title and detail from the messages ({@code problem.<code>.title}, {@code problem.<code>.detail}) in
 * the caller's language, and the {@code code} itself as a property.
 */
public final class Problems {

    static final String TYPE_PREFIX = "urn:sozialraum-koordination:problem:";
    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail create(HttpStatusCode status, String code, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(text("problem." + code + ".title", arguments, locale));
        problem.setDetail(text("problem." + code + ".detail", arguments, locale));
        problem.setProperty("code", code);
        return problem;
    }

    /** The document as the JSON members RFC 9457 names, for writers outside Spring MVC. */
    public static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }

    private String text(String key, Object[] arguments, Locale locale) {
        try {
            return messages.getMessage(key, Arrays.stream(arguments).map(Problems::displayable).toArray(), locale);
        } catch (NoSuchMessageException e) {
            log.warn("No text for {} in {}", key, locale);
            return key;
        }
    }

    /** Enum arguments are shown by their text {@code <EnumType>.<CONSTANT>} where the messages have one. */
    private static Object displayable(Object argument) {
        if (argument instanceof Enum<?> constant) {
            String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            return new DefaultMessageSourceResolvable(new String[] {key}, constant.name());
        }
        return argument;
    }
}
