package ca.repere.framework;

import ca.repere.shared.i18n.LocalizedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One edition of a framework. Content can change only while it is a draft; publishing freezes it
 * (the database enforces that too), retiring hides it from new assessments.
 */
@Entity
@Table(name = "framework_version")
class FrameworkVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    private String label;

    @Enumerated(EnumType.STRING)
    private VersionStatus status;

    @Embedded
    private LocalizedText description;

    @Embedded
    private LocalizedText source;

    private Instant createdAt;
    private Instant publishedAt;
    private Instant retiredAt;

    /** The version this draft was copied from; null for a version made from a file or from nothing. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "based_on_id")
    private FrameworkVersion basedOn;

    @Version
    private long version;

    @OneToMany(mappedBy = "frameworkVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Pillar> pillars = new ArrayList<>();

    @OneToMany(mappedBy = "frameworkVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RatingLevel> ratingLevels = new ArrayList<>();

    protected FrameworkVersion() {}

    FrameworkVersion(Framework framework, String label, LocalizedText description, LocalizedText source) {
        this.framework = framework;
        this.label = label;
        this.description = description;
        this.source = source;
        this.status = VersionStatus.DRAFT;
        this.createdAt = Instant.now();
    }

    /**
     * A new draft of the same framework with a deep copy of this version's content: texts, weights,
     * scale, pillars and criteria with their codes (codes are how answers, actions and report
     * comparisons follow a criterion from one version to the next).
     */
    FrameworkVersion copyAsDraft(String newLabel, Instant now) {
        FrameworkVersion copy = new FrameworkVersion(framework, newLabel, description, source);
        copy.basedOn = this;
        copy.createdAt = now;
        for (RatingLevel level : ratingLevels) {
            copy.addRatingLevel(level.getValue(), level.getLabel(), level.getDescription());
        }
        for (Pillar pillar : pillars) {
            Pillar copied =
                    copy.addPillar(pillar.getCode(), pillar.getTitle(), pillar.getOutcome(), pillar.getWeight());
            for (Criterion criterion : pillar.getCriteria()) {
                copied.addCriterion(
                        criterion.getCode(), criterion.getText(), criterion.getGuidance(), criterion.getWeight());
            }
        }
        return copy;
    }

    Pillar addPillar(String code, LocalizedText title, LocalizedText outcome, BigDecimal weight) {
        requireDraft();
        Pillar pillar = new Pillar(this, pillars.size() + 1, code, title, outcome, weight);
        pillars.add(pillar);
        return pillar;
    }

    void editDetails(String label, LocalizedText description, LocalizedText source) {
        requireDraft();
        this.label = label;
        this.description = description;
        this.source = source;
    }

    void removePillar(Pillar pillar) {
        requireDraft();
        pillars.remove(pillar);
        renumber(pillars);
    }

    /** Moves the pillar one place up ({@code -1}) or down ({@code +1}); false at either end. */
    boolean movePillar(Pillar pillar, int direction) {
        requireDraft();
        boolean moved = Positions.move(pillars, pillar, direction);
        renumber(pillars);
        return moved;
    }

    /** Empties the rating scale; the caller flushes before adding the new levels (values are unique). */
    void clearRatingScale() {
        requireDraft();
        ratingLevels.clear();
    }

    void retire(Instant when) {
        if (status != VersionStatus.PUBLISHED) {
            throw new IllegalStateException("Framework version " + id + " is " + status + ", not published");
        }
        this.status = VersionStatus.RETIRED;
        this.retiredAt = when;
    }

    private static void renumber(List<Pillar> pillars) {
        for (int i = 0; i < pillars.size(); i++) {
            pillars.get(i).placeAt(i + 1);
        }
    }

    RatingLevel addRatingLevel(int value, LocalizedText label, LocalizedText description) {
        requireDraft();
        RatingLevel level = new RatingLevel(this, ratingLevels.size() + 1, value, label, description);
        ratingLevels.add(level);
        return level;
    }

    void publish(Instant when) {
        requireDraft();
        this.status = VersionStatus.PUBLISHED;
        this.publishedAt = when;
    }

    void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new IllegalStateException("Framework version " + id + " is " + status + " and cannot change");
        }
    }

    int criterionCount() {
        return pillars.stream().mapToInt(pillar -> pillar.getCriteria().size()).sum();
    }

    Long getId() {
        return id;
    }

    Framework getFramework() {
        return framework;
    }

    String getLabel() {
        return label;
    }

    VersionStatus getStatus() {
        return status;
    }

    LocalizedText getDescription() {
        return description;
    }

    LocalizedText getSource() {
        return source;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getRetiredAt() {
        return retiredAt;
    }

    /** Null unless this version was made by copying another. */
    FrameworkVersion getBasedOn() {
        return basedOn;
    }

    /** The optimistic-lock counter: forms carry it, so that a save over someone else's change is refused. */
    long getLockVersion() {
        return version;
    }

    boolean isDraft() {
        return status == VersionStatus.DRAFT;
    }

    List<Pillar> getPillars() {
        return Collections.unmodifiableList(pillars);
    }

    List<RatingLevel> getRatingLevels() {
        return Collections.unmodifiableList(ratingLevels);
    }
}
