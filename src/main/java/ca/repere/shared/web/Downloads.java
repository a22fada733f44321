package ca.repere.shared.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files people download (reports, plans): named in their language, never kept by a shared cache. */
public final class Downloads {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {}

    /**
     * A name as a file-name part that survives every system, mail attachment and shell: "Réseau
     * démo (Québec)" becomes "reseau-demo-quebec": accents are taken off rather than dropped,
     * "Œuvre" gives "oeuvre". Empty when nothing of the text is Latin.
     */
    public static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }

    /** {@code fileName} may hold accents: it is sent encoded (RFC 5987) for every browser. */
    public static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] body) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(body);
    }
}
