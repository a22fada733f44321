package ca.repere.framework;

import ca.repere.shared.i18n.LocalizedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A pillar of a framework version: an outcome statement and the criteria that achieve it. */
@Entity
@Table(name = "pillar")
class Pillar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_version_id")
    private FrameworkVersion frameworkVersion;

    private int position;
    private String code;

    @Embedded
    private LocalizedText title;

    @Embedded
    private LocalizedText outcome;

    private BigDecimal weight;

    @OneToMany(mappedBy = "pillar", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    protected Pillar() {}

    Pillar(
            FrameworkVersion frameworkVersion,
            int position,
            String code,
            LocalizedText title,
            LocalizedText outcome,
            BigDecimal weight) {
        this.frameworkVersion = frameworkVersion;
        this.position = position;
        this.code = code;
        this.title = title;
        this.outcome = outcome;
        this.weight = weight;
    }

    Criterion addCriterion(String code, LocalizedText text, LocalizedText guidance, BigDecimal weight) {
        frameworkVersion.requireDraft();
        Criterion criterion = new Criterion(this, criteria.size() + 1, code, text, guidance, weight);
        criteria.add(criterion);
        return criterion;
    }

    void edit(String code, LocalizedText title, LocalizedText outcome, BigDecimal weight) {
        frameworkVersion.requireDraft();
        this.code = code;
        this.title = title;
        this.outcome = outcome;
        this.weight = weight;
    }

    void removeCriterion(Criterion criterion) {
        frameworkVersion.requireDraft();
        criteria.remove(criterion);
        renumber();
    }

    /** Moves the criterion one place up ({@code -1}) or down ({@code +1}); false at either end. */
    boolean moveCriterion(Criterion criterion, int direction) {
        frameworkVersion.requireDraft();
        boolean moved = Positions.move(criteria, criterion, direction);
        renumber();
        return moved;
    }

    void placeAt(int position) {
        this.position = position;
    }

    private void renumber() {
        for (int i = 0; i < criteria.size(); i++) {
            criteria.get(i).placeAt(i + 1);
        }
    }

    FrameworkVersion getFrameworkVersion() {
        return frameworkVersion;
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

    LocalizedText getTitle() {
        return title;
    }

    LocalizedText getOutcome() {
        return outcome;
    }

    BigDecimal getWeight() {
        return weight;
    }

    List<Criterion> getCriteria() {
        return Collections.unmodifiableList(criteria);
    }
}
