package ca.repere.shared.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The admins' page of the audit trail, newest first, filtered and paged. Admins only (security configuration). */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final java.time.Clock clock;

    AuditController(AuditTrail trail, java.time.Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping("/admin/audit")
    String audit(@ModelAttribute("filter") Params params, BindingResult binding, Model model, Locale locale) {
        // A mistyped date is said beside its field; the rest of the filter still applies.
        AuditFilter filter = params.toFilter(binding);
        // One more than a page tells whether an older page exists without counting the whole table.
        List<AuditEvent> events = trail.search(filter, PAGE_SIZE + 1, clock.getZone());
        boolean more = events.size() > PAGE_SIZE;
        List<AuditEvent> page = more ? events.subList(0, PAGE_SIZE) : events;
        model.addAttribute("events", page);
        model.addAttribute("categories", AuditCategory.values());
        model.addAttribute(
                "olderUrl", more ? params.olderUrl(page.get(page.size() - 1).id()) : null);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "admin/audit";
    }

    /** The filter as typed, kept as typed so the form shows it back. */
    static class Params {
        private AuditCategory category;
        private String actor;
        private String subject;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate from;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate to;

        private Long before;

        AuditFilter toFilter(BindingResult binding) {
            return new AuditFilter(
                    binding.hasFieldErrors("category") ? null : category,
                    blankToNull(actor),
                    blankToNull(subject),
                    binding.hasFieldErrors("from") ? null : from,
                    binding.hasFieldErrors("to") ? null : to,
                    binding.hasFieldErrors("before") ? null : before);
        }

        String olderUrl(long olderThan) {
            return UriComponentsBuilder.fromPath("/admin/audit")
                    .queryParamIfPresent("category", java.util.Optional.ofNullable(category))
                    .queryParamIfPresent("actor", java.util.Optional.ofNullable(blankToNull(actor)))
                    .queryParamIfPresent("subject", java.util.Optional.ofNullable(blankToNull(subject)))
                    .queryParamIfPresent("from", java.util.Optional.ofNullable(from))
                    .queryParamIfPresent("to", java.util.Optional.ofNullable(to))
                    .queryParam("before", olderThan)
                    .encode()
                    .build()
                    .toUriString();
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }

        public AuditCategory getCategory() {
            return category;
        }

        public void setCategory(AuditCategory category) {
            this.category = category;
        }

        public String getActor() {
            return actor;
        }

        public void setActor(String actor) {
            this.actor = actor;
        }

        public String getSubject() {
            return subject;
        }

        public void setSubject(String subject) {
            this.subject = subject;
        }

        public LocalDate getFrom() {
            return from;
        }

        public void setFrom(LocalDate from) {
            this.from = from;
        }

        public LocalDate getTo() {
            return to;
        }

        public void setTo(LocalDate to) {
            this.to = to;
        }

        public Long getBefore() {
            return before;
        }

        public void setBefore(Long before) {
            this.before = before;
        }
    }
}
