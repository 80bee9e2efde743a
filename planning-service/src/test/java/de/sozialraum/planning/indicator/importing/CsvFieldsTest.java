package de.sozialraum.planning.indicator.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvFieldsTest {

    @Test
    void splitsAtTheDelimiterKeepingEmptyFields() throws Exception {
        assertThat(CsvFields.split("a;b;;d;", ';')).containsExactly("a", "b", "", "d", "");
    }

    @Test
    void quotedFieldsMayHoldTheDelimiterAndDoubledQuotes() throws Exception {
        assertThat(CsvFields.split("\"12,5\",\"sagt \"\"ja\"\"\", x", ',')).containsExactly("12,5", "sagt \"ja\"", " x");
        assertThat(CsvFields.split(" \"a\" ;b", ';')).containsExactly("a", "b");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsJustACharacter() throws Exception {
        assertThat(CsvFields.split("5\" Zoll;x", ';')).containsExactly("5\" Zoll", "x");
    }

    @Test
    void anUnclosedQuoteOrTextAfterAClosingQuoteIsAnError() {
        assertThatThrownBy(() -> CsvFields.split("\"offen;x", ';')).isInstanceOf(CsvFields.UnbalancedQuoteException.class);
        assertThatThrownBy(() -> CsvFields.split("\"a\"b;x", ';')).isInstanceOf(CsvFields.UnbalancedQuoteException.class);
    }
}
