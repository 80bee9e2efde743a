package de.sozialraum.planning.needindex.api;

import java.math.BigDecimal;

/**
 * One indicator of a need index and its weight (relative: weights 2 and 1 count the first twice as much).
 *
 * @param indicatorCode code of the Kommune's indicator
 * @param weight        greater than 0, at most 100
 */
public record NeedIndexComponent(String indicatorCode, BigDecimal weight) {

    public NeedIndexComponent {
        indicatorCode = indicatorCode == null ? null : indicatorCode.strip();
    }
}
