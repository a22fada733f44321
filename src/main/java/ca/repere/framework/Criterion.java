package ca.repere.framework;

import ca.repere.shared.i18n.LocalizedText;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A practice that achieves its pillar's outcome ("Ceci est réalisé par …"): what organisations rate. */
@Entity
@Table(name = "criterion")
class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pillar_id")
    private Pillar pillar;

    private int position;
    private String code;

    @Embedded
    private LocalizedText text;

    /** Examples and remarks from the framework; absent when the framework gives none. */
    @Embedded
    private LocalizedText guidance;

    private BigDecimal weight;

    protected Criterion() {}

    Criterion(Pillar pillar, int position, String code, LocalizedText text, LocalizedText guidance, BigDecimal weight) {
        this.pillar = pillar;
        this.position = position;
        this.code = code;
        this.text = text;
        this.guidance = guidance;
        this.weight = weight;
    }

    void edit(String code, LocalizedText text, LocalizedText guidance, BigDecimal weight) {
        pillar.getFrameworkVersion().requireDraft();
        this.code = code;
        this.text = text;
        this.guidance = guidance;
        this.weight = weight;
    }

    void placeAt(int position) {
        this.position = position;
    }

    Pillar getPillar() {
        return pillar;
    }

    Long getId() {
        return id;
    }

    int getPosition() {
        return position;
    }

    String getCode() {
        return code;
    }

    LocalizedText getText() {
        return text;
    }

    /** Null when the framework gives no guidance for this criterion. */
    LocalizedText getGuidance() {
        return guidance == null || guidance.isBlank() ? null : guidance;
    }

    BigDecimal getWeight() {
        return weight;
    }
}
