package de.sozialraum.planning.indicator.api;

/** Which direction of an indicator is an improvement: fewer households in poverty is better, more day-care places too. */
public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
