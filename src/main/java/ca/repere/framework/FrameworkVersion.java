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

    Pillar addPillar(String code, LocalizedText title, LocalizedText outcome, java.math.BigDecimal weight) {
        requireDraft();
        Pillar pillar = new Pillar(this, pillars.size() + 1, code, title, outcome, weight);
        pillars.add(pillar);
        return pillar;
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

    List<Pillar> getPillars() {
        return Collections.unmodifiableList(pillars);
    }

    List<RatingLevel> getRatingLevels() {
        return Collections.unmodifiableList(ratingLevels);
    }
}
