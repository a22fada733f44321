package ca.repere.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The in-process checker finds what the W3C one finds, and stays quiet on a valid page. */
class HtmlCheckerTest {

    private final HtmlChecker checker = new HtmlChecker();

    @Test
    void aValidPageHasNoErrors() {
        assertThat(checker.errors("""
                        <!DOCTYPE html>
                        <html lang="fr"><head><meta charset="utf-8"><title>Repère</title></head>
                        <body><main><h1>Bonjour</h1><img src="a.png" alt="Logo"></main></body></html>
                        """)).isEmpty();
    }

    @Test
    void duplicateIdsAndAMissingAltAreErrorsWithTheirLine() {
        assertThat(checker.errors("""
                        <!DOCTYPE html>
                        <html lang="fr"><head><meta charset="utf-8"><title>Repère</title></head>
                        <body>
                        <p id="a">un</p><p id="a">deux</p>
                        <img src="a.png">
                        </body></html>
                        """))
                .anySatisfy(error -> assertThat(error).startsWith("line 4:").contains("Duplicate ID"))
                .anySatisfy(error -> assertThat(error).startsWith("line 5:").contains("alt"));
    }
}
