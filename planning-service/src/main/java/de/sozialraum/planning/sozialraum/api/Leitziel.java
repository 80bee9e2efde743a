package de.sozialraum.planning.sozialraum.api;

/** The guiding objective (Leitziel) a goal serves, from the Kommune's integrated planning. */
public enum Leitziel {
    TEILHABE,
    CHANCENGLEICHHEIT,
    ARMUTSBEKAEMPFUNG,
    BILDUNGSGERECHTIGKEIT,
    GESUNDHEITLICHE_CHANCENGLEICHHEIT,
    SOZIALER_ZUSAMMENHALT
}
