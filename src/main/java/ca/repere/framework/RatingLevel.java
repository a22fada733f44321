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

/** One step of a version's rating scale, e.g. 2 "Partly in place". */
@Entity
@Table(name = "rating_level")
class RatingLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_version_id")
    private FrameworkVersion frameworkVersion;

    private int position;
    private int value;

    @Embedded
    private LocalizedText label;

    @Embedded
    private LocalizedText description;

    protected RatingLevel() {}

    RatingLevel(
            FrameworkVersion frameworkVersion,
            int position,
            int value,
            LocalizedText label,
            LocalizedText description) {
        this.frameworkVersion = frameworkVersion;
        this.position = position;
        this.value = value;
        this.label = label;
        this.description = description;
    }

    Long getId() {
        return id;
    }

    int getValue() {
        return value;
    }

    LocalizedText getLabel() {
        return label;
    }

    LocalizedText getDescription() {
        return description;
    }
}
