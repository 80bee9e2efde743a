package de.sozialraum.planning.indicator.domain;

import de.sozialraum.platform.problem.RuleViolationException;

/** A measurement names an indicator that the Sozialraum's Kommune has not defined (422). */
public class IndicatorUnknownException extends RuleViolationException {

    IndicatorUnknownException(String kommuneKey, String code) {
        super("indicator-unknown", "Kommune " + kommuneKey + " has no indicator " + code, code);
    }
}
