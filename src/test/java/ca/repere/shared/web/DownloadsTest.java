package ca.repere.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void slugsKeepTheLettersWithoutAccentsAndJoinWordsWithHyphens() {
        assertThat(Downloads.slug("Réseau démo (Québec)")).isEqualTo("reseau-demo-quebec");
        assertThat(Downloads.slug("  Œuvres d’accueil — Île-du-Prince-Édouard  "))
                .isEqualTo("oeuvres-d-accueil-ile-du-prince-edouard");
        assertThat(Downloads.slug("Où en sont les membres")).isEqualTo("ou-en-sont-les-membres");
        assertThat(Downloads.slug("=HYPERLINK(\"x\")")).isEqualTo("hyperlink-x");
        assertThat(Downloads.slug("日本")).isEmpty();
        assertThat(Downloads.slug("a".repeat(80))).hasSize(60);
    }
}
