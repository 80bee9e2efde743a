package de.sozialraum.audit.state;

/** What one type of entry does to a state. */
@FunctionalInterface
interface Fold {

    void apply(Change change);
}
