package ca.repere.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private Province province;

    @Enumerated(EnumType.STRING)
    private SizeBand sizeBand;

    private int paidStaffCount;
    private int volunteerCount;
    private boolean newcomerFocused;
    private boolean staffMayStartAssessments;
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "organisation_service_area", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "service_area")
    @Enumerated(EnumType.STRING)
    private Set<ServiceArea> serviceAreas = new HashSet<>();

    protected Organisation() {}

    Organisation(OrganisationProfile profile, Instant now) {
        this.createdAt = now;
        update(profile);
    }

    void update(OrganisationProfile profile) {
        this.name = profile.name().strip();
        this.province = profile.province();
        this.sizeBand = profile.sizeBand();
        this.paidStaffCount = profile.paidStaffCount();
        this.volunteerCount = profile.volunteerCount();
        this.newcomerFocused = profile.newcomerFocused();
        // Replaced only when different: rewriting the same rows would count as a change (a new version).
        if (!serviceAreas.equals(profile.serviceAreas())) {
            this.serviceAreas.clear();
            this.serviceAreas.addAll(profile.serviceAreas());
        }
    }

    OrganisationProfile profile() {
        return new OrganisationProfile(
                name, province, sizeBand, paidStaffCount, volunteerCount, serviceAreas, newcomerFocused);
    }

    boolean staffMayStartAssessments() {
        return staffMayStartAssessments;
    }

    void letStaffStartAssessments(boolean allowed) {
        this.staffMayStartAssessments = allowed;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getName() {
        return name;
    }

    Province getProvince() {
        return province;
    }

    SizeBand getSizeBand() {
        return sizeBand;
    }
}
