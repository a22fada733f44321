package ca.repere.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML Checker (the engine behind validator.w3.org/nu), in-process: no server, no
 * network. Setting up its schemas takes a moment, so one checker serves a whole test class; it is
 * not thread-safe.
 */
public final class HtmlChecker {

    /** The schema the checker uses for text/html documents (bundled in its jar). */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    public HtmlChecker() {
        // No log4j set-up, no URL logging, no language detection (it guesses, and warns only).
        validator = new SimpleDocumentValidator(false, false, false);
        try {
            validator.setUpMainSchema(HTML_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("The Nu HTML Checker could not load its schema", e);
        }
    }

    /** The errors (not warnings) in this document, as "line N: message". */
    public synchronized List<String> errors(String html) {
        collector.errors = new ArrayList<>();
        InputSource source = new InputSource(new StringReader(html));
        source.setEncoding("UTF-8");
        try {
            validator.checkHtmlInputSource(source);
        } catch (SAXException e) {
            // Fatal errors reach the handler first; the exception only stops the parse.
            if (collector.errors.isEmpty()) {
                collector.errors.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return collector.errors;
    }

    private static final class Collector implements ErrorHandler {

        private List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException exception) {
            // Warnings and information are advice, not errors.
        }

        @Override
        public void error(SAXParseException exception) {
            errors.add("line " + exception.getLineNumber() + ": " + exception.getMessage());
        }

        @Override
        public void fatalError(SAXParseException exception) {
            error(exception);
        }
    }
}
