package ca.repere.assessment;

import ca.repere.organisation.ServiceArea;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** One self-assessment of an organisation, pinned forever to the framework version it started with. */
@Entity
@Table(name = "assessment")
class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long organisationId;
    private Long frameworkVersionId;
    private String label;

    @Enumerated(EnumType.STRING)
    private Scope scope;

    private String targetedReason;

    @Enumerated(EnumType.STRING)
    private AssessmentStatus status;

    private Long carriedOverFromId;

    @Embedded
    private AssessmentContext context;

    @ElementCollection
    @CollectionTable(name = "assessment_context_service_area", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "service_area")
    @Enumerated(EnumType.STRING)
    private Set<ServiceArea> contextServiceAreas = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "assessment_pillar", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "pillar_id")
    private Set<Long> pillarIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "pillar_assignment", joinColumns = @JoinColumn(name = "assessment_id"))
    private Set<PillarAssignment> assignments = new HashSet<>();

    private Long createdBy;
    private Instant createdAt;
    private Long submittedBy;
    private Instant submittedAt;

    @Version
    private long version;

    protected Assessment() {}

    Assessment(
            long organisationId,
            long frameworkVersionId,
            String label,
            Scope scope,
            String targetedReason,
            Collection<Long> pillarIds,
            long createdBy,
            Instant now) {
        this.organisationId = organisationId;
        this.frameworkVersionId = frameworkVersionId;
        this.label = label;
        this.scope = scope;
        this.targetedReason = scope == Scope.TARGETED ? targetedReason : null;
        this.pillarIds.addAll(pillarIds);
        this.status = AssessmentStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void describeContext(AssessmentContext context, Set<ServiceArea> serviceAreas) {
        requireEditable();
        this.context = context;
        this.contextServiceAreas.clear();
        this.contextServiceAreas.addAll(serviceAreas);
    }

    void carriedOverFrom(long previousAssessmentId) {
        this.carriedOverFromId = previousAssessmentId;
    }

    void assign(Collection<PillarAssignment> newAssignments) {
        requireEditable();
        assignments.clear();
        assignments.addAll(newAssignments);
    }

    void submit(long userId, Instant now) {
        requireEditable();
        this.status = AssessmentStatus.SUBMITTED;
        this.submittedBy = userId;
        this.submittedAt = now;
    }

    void reopen() {
        if (status != AssessmentStatus.SUBMITTED) {
            throw new AssessmentStateException("assessment.error.notSubmitted");
        }
        this.status = AssessmentStatus.REOPENED;
    }

    void requireEditable() {
        if (!status.isEditable()) {
            throw new AssessmentStateException("assessment.error.readOnly");
        }
    }

    boolean isDeletable() {
        return status == AssessmentStatus.DRAFT;
    }

    Long getId() {
        return id;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    Long getFrameworkVersionId() {
        return frameworkVersionId;
    }

    String getLabel() {
        return label;
    }

    Scope getScope() {
        return scope;
    }

    String getTargetedReason() {
        return targetedReason;
    }

    AssessmentStatus getStatus() {
        return status;
    }

    AssessmentContext getContext() {
        return context;
    }

    Set<ServiceArea> getContextServiceAreas() {
        return contextServiceAreas;
    }

    Set<Long> getPillarIds() {
        return pillarIds;
    }

    Set<PillarAssignment> getAssignments() {
        return assignments;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    long getVersion() {
        return version;
    }
}
