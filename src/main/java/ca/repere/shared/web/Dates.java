package ca.repere.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Dates and times as people read them, in their language and the platform's time zone
 * ({@code repere.time-zone}, Eastern by default). Templates call it as {@code @dates}.
 */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    /** Formatters are immutable and costly to build: one per language, built once. */
    private final Map<Locale, DateTimeFormatter> dateTimeFormats = new ConcurrentHashMap<>();

    private final Map<Locale, DateTimeFormatter> dateFormats = new ConcurrentHashMap<>();

    public Dates(@Value("${repere.time-zone:America/Toronto}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public String dateTime(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : dateTimeFormats
                        .computeIfAbsent(
                                locale,
                                key -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                        .withLocale(key)
                                        .withZone(zone))
                        .format(instant);
    }

    /** "2026-03-12 14:05" in the application's zone: sorts and parses in a spreadsheet. */
    public String sortable(Instant instant) {
        return instant == null ? "" : SORTABLE.withZone(zone).format(instant);
    }

    /** The instant on the application's clock face, for files that hold dates as values (spreadsheets). */
    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    /** A calendar day (a due date) in the reader's language. */
    public String day(LocalDate day, Locale locale) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(day);
    }

    public String date(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : dateFormats
                        .computeIfAbsent(
                                locale,
                                key -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                        .withLocale(key)
                                        .withZone(zone))
                        .format(instant);
    }
}
