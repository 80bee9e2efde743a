package de.sozialraum.planning.indicator.api;

import java.util.Map;

/**
 * The size and outcome of a measurement import, as the Kommune's timeline shows it.
 *
 * @param rows          data rows read (without the header)
 * @param validRows     rows that passed validation
 * @param values        values applied to series
 * @param series        series that received values
 * @param sozialraeume  Sozialräume that received values
 * @param errors        errors found, all of them (a row may have several)
 * @param errorCounts   errors by code, e.g. {@code value-invalid}
 * @param startedById   who uploaded the file
 */
public record ImportReport(String fileName, String startedById, String startedByName, long rows, long validRows, long values,
                           long series, long sozialraeume, long errors, Map<String, Long> errorCounts) {
}
