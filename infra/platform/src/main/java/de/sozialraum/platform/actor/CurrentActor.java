package de.sozialraum.platform.actor;

/** The person on whose behalf the current request acts. */
@FunctionalInterface
public interface CurrentActor {

    Actor get();
}
