package de.sozialraum.planning.sozialraum.query;

import de.sozialraum.planning.sozialraum.api.Restructuring;

/**
 * A predecessor or successor of a Sozialraum, with the restructuring that links the two, so that a
 * client can walk the history (retired Sozialräume stay readable).
 *
 * @param name its name now
 */
public record SozialraumLink(String id, String name, Restructuring restructuring) {
}
