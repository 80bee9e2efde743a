package de.sozialraum.platform.publication;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The CloudEvents {@code type} under which an event is published: part of the documented contract
 * (docs/events.md), so it never changes when a Java class is renamed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublishedAs {

    /** For example {@code de.sozialraum.planning.SozialraumRegistered.v1}. */
    String value();
}
