package ca.repere.shared.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Printable documents (reports, action plans) as PDF: a Thymeleaf template rendered outside any
 * request, styled by the print stylesheet {@code pdf/print.css}, laid out by openhtmltopdf with
 * DejaVu Sans embedded (accents render whatever fonts the machine has) and SVG drawn as vectors.
 * Templates get {@code generatedAt}; they may call beans ({@code @dates}) but build no links.
 */
@Component
public class PdfDocuments {

    private static final String FONT_FAMILY = "DejaVu Sans";

    private final SpringTemplateEngine templates;
    private final ApplicationContext applicationContext;
    private final Clock clock;
    private final String css;

    PdfDocuments(SpringTemplateEngine templates, ApplicationContext applicationContext, Clock clock) {
        this.templates = templates;
        this.applicationContext = applicationContext;
        this.clock = clock;
        this.css = read("pdf/print.css");
    }

    public byte[] render(String template, Map<String, Object> variables, Locale locale) {
        Context context = new Context(locale);
        context.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, null));
        context.setVariables(variables);
        context.setVariable("generatedAt", clock.instant());
        Document html = Jsoup.parse(templates.process(template, context));
        // Added here rather than in the template, which like every template has no <style> element.
        html.head().appendElement("style").appendChild(new DataNode(css));

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(new W3CDom().fromJsoup(html), "/");
        builder.useFont(
                () -> stream("fonts/DejaVuSans.ttf"), FONT_FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(
                () -> stream("fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + template + " as PDF", e);
        }
        return pdf.toByteArray();
    }

    private static InputStream stream(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
