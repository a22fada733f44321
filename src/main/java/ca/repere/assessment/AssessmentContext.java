package ca.repere.assessment;

import ca.repere.organisation.Province;
import ca.repere.organisation.SizeBand;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The organisation as it was when it assessed itself (service areas live beside it, in the assessment). */
@Embeddable
record AssessmentContext(
        @Enumerated(EnumType.STRING) @Column(name = "context_province")
        Province province,

        @Enumerated(EnumType.STRING) @Column(name = "context_size_band")
        SizeBand sizeBand,

        @Column(name = "context_paid_staff") int paidStaff,
        @Column(name = "context_volunteers") int volunteers,
        @Column(name = "context_newcomer_focused") boolean newcomerFocused) {}
