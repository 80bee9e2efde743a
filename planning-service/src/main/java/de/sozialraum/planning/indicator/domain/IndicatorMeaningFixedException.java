package de.sozialraum.planning.indicator.domain;

import java.util.Map;

import de.sozialraum.planning.indicator.api.IndicatorSpec;
import de.sozialraum.platform.problem.ConflictException;

/** Unit and polarity of an indicator never change (409): recorded values and goals depend on them. */
public class IndicatorMeaningFixedException extends ConflictException {

    private final IndicatorSpec current;

    IndicatorMeaningFixedException(String code, IndicatorSpec current) {
        super("indicator-meaning-fixed", "Unit and polarity of " + code + " cannot change", code, current.unit(), current.polarity());
        this.current = current;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("currentUnit", current.unit(), "currentPolarity", current.polarity().name());
    }
}
