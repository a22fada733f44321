package ca.repere.framework;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import ca.repere.framework.EditRefusedException.Reason;
import ca.repere.shared.audit.AuditEvent;
import ca.repere.shared.audit.AuditTrail;
import ca.repere.shared.i18n.LocalizedText;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.server.ResponseStatusException;

/**
 * The admins' framework editor: new drafts (a copy of a published version, or a new framework),
 * their editing, publishing, retiring and deleting. Only a draft changes; a published version is
 * frozen here and by the database. Every change is checked against the draft as the admin saw it
 * (its lock counter), and recorded in the audit trail with what it changed.
 */
@Service
@Transactional
class FrameworkEditor {

    static final String SUBJECT = "framework_version";

    private final FrameworkRepository frameworks;
    private final FrameworkVersionRepository versions;
    private final FrameworkLibrary library;
    private final LibraryQueries libraryQueries;
    private final AuditTrail audit;
    private final Clock clock;
    private final EntityManager entityManager;

    FrameworkEditor(
            FrameworkRepository frameworks,
            FrameworkVersionRepository versions,
            FrameworkLibrary library,
            LibraryQueries libraryQueries,
            AuditTrail audit,
            Clock clock,
            EntityManager entityManager) {
        this.frameworks = frameworks;
        this.versions = versions;
        this.library = library;
        this.libraryQueries = libraryQueries;
        this.audit = audit;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    record NewFramework(String code, LocalizedText name, String label) {}

    /** {@code name} is null when the framework's name may no longer change (see {@link Framework#rename}). */
    record Details(String label, LocalizedText name, LocalizedText description, LocalizedText source) {}

    record PillarEdit(String code, BigDecimal weight, LocalizedText title, LocalizedText outcome) {}

    /** {@code guidance} is null when the criterion has none. */
    record CriterionEdit(String code, BigDecimal weight, LocalizedText text, LocalizedText guidance) {}

    record LevelEdit(int value, LocalizedText label, LocalizedText description) {}

    // ------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    List<LibraryEntry> library() {
        Admins.require();
        return libraryQueries.library();
    }

    @Transactional(readOnly = true)
    DraftView draft(long versionId) {
        Admins.require();
        FrameworkVersion draft = loadDraft(versionId);
        FrameworkVersion basedOn = draft.getBasedOn();
        return new DraftView(
                FrameworkLibrary.view(draft),
                draft.getLockVersion(),
                frameworkNameEditable(draft),
                basedOn == null ? null : basedOn.getLabel(),
                draft.getCreatedAt(),
                DraftProblems.of(draft));
    }

    /** What the draft changes in the version it was copied from; empty for a draft of a new framework. */
    @Transactional(readOnly = true)
    Optional<VersionChanges> changesSinceBase(long versionId) {
        Admins.require();
        FrameworkVersion draft = loadDraft(versionId);
        FrameworkVersion base = draft.getBasedOn();
        return base == null
                ? Optional.empty()
                : Optional.of(VersionChanges.between(FrameworkLibrary.view(base), FrameworkLibrary.view(draft)));
    }

    /** The draft as a framework file would hold it (what the rules check, what export writes). */
    @Transactional(readOnly = true)
    FrameworkFile asFile(long versionId) {
        Admins.require();
        return DraftProblems.asFile(versions.findWithFramework(versionId).orElseThrow(FrameworkEditor::notFound));
    }

    /** Who last changed the version and when, as the audit trail has it: what a refused save tells. */
    @Transactional(readOnly = true)
    Optional<AuditEvent> lastChange(long versionId) {
        Admins.require();
        List<AuditEvent> history = audit.historyOf(SUBJECT, versionId);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    // ------------------------------------------------------------------ new drafts

    /** A new framework with an empty first draft; its texts and content are filled in the editor. */
    long createFramework(NewFramework command) {
        Admins.require();
        List<Reason> reasons = new ArrayList<>();
        if (!FrameworkFileValidator.FRAMEWORK_CODE.matcher(command.code()).matches()) {
            reasons.add(new Reason("code", "framework.file.problem.frameworkCode", new Object[0]));
        } else if (frameworks.findByCode(command.code()).isPresent()) {
            reasons.add(new Reason("code", "validation.framework.codeTaken", new Object[0]));
        }
        refuseIf(reasons);
        FrameworkVersion draft;
        try {
            Framework framework = frameworks.saveAndFlush(new Framework(command.code(), command.name()));
            draft = versions.saveAndFlush(
                    new FrameworkVersion(framework, command.label(), LocalizedText.of("", ""), null));
        } catch (DataIntegrityViolationException createdMeanwhile) {
            throw EditRefusedException.of("code", "validation.framework.codeTaken");
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("framework", command.code());
        created.put("name.fr", command.name().fr());
        created.put("name.en", command.name().en());
        created.put("label", command.label());
        audit.record(
                FrameworkAuditAction.DRAFT_CREATED.code(), SUBJECT, draft.getId(), subjectLabel(draft), null, created);
        return draft.getId();
    }

    /** A new draft holding a deep copy of a published or retired version, codes included. */
    long copyToDraft(long sourceId, String label) {
        Admins.require();
        FrameworkVersion source = versions.findWithFramework(sourceId).orElseThrow(FrameworkEditor::notFound);
        if (source.isDraft()) {
            throw new NotEditableException("framework.editor.error.copyOfDraft");
        }
        if (versions.existsByFrameworkIdAndLabel(source.getFramework().getId(), label)) {
            throw EditRefusedException.of("label", "validation.framework.labelTaken");
        }
        FrameworkVersion draft;
        try {
            draft = versions.saveAndFlush(source.copyAsDraft(label, clock.instant()));
        } catch (DataIntegrityViolationException createdMeanwhile) {
            throw EditRefusedException.of("label", "validation.framework.labelTaken");
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("framework", source.getFramework().getCode());
        created.put("label", label);
        created.put("basedOn", source.getLabel());
        audit.record(
                FrameworkAuditAction.DRAFT_CREATED.code(), SUBJECT, draft.getId(), subjectLabel(draft), null, created);
        return draft.getId();
    }

    // ------------------------------------------------------------------ editing a draft

    void editDetails(long versionId, long lock, Details details) {
        edit(versionId, lock, draft -> {
            if (versions.existsByFrameworkIdAndLabelAndIdNot(
                    draft.getFramework().getId(), details.label(), draft.getId())) {
                throw EditRefusedException.of("label", "validation.framework.labelTaken");
            }
            if (details.name() != null && frameworkNameEditable(draft)) {
                draft.getFramework().rename(details.name());
            }
            draft.editDetails(details.label(), details.description(), details.source());
            return null;
        });
    }

    long addPillar(long versionId, long lock, PillarEdit edit) {
        Pillar pillar = edit(versionId, lock, draft -> {
            checkPillar(draft, null, edit);
            return draft.addPillar(edit.code(), edit.title(), edit.outcome(), edit.weight());
        });
        return pillar.getId();
    }

    void editPillar(long versionId, long pillarId, long lock, PillarEdit edit) {
        edit(versionId, lock, draft -> {
            Pillar pillar = pillar(draft, pillarId);
            checkPillar(draft, pillar, edit);
            pillar.edit(edit.code(), edit.title(), edit.outcome(), edit.weight());
            return null;
        });
    }

    void removePillar(long versionId, long pillarId, long lock) {
        edit(versionId, lock, draft -> {
            draft.removePillar(pillar(draft, pillarId));
            return null;
        });
    }

    /** {@code direction}: -1 up, +1 down. */
    void movePillar(long versionId, long pillarId, long lock, int direction) {
        edit(versionId, lock, draft -> draft.movePillar(pillar(draft, pillarId), direction));
    }

    long addCriterion(long versionId, long pillarId, long lock, CriterionEdit edit) {
        Criterion criterion = edit(versionId, lock, draft -> {
            checkCriterion(draft, null, edit);
            return pillar(draft, pillarId).addCriterion(edit.code(), edit.text(), edit.guidance(), edit.weight());
        });
        return criterion.getId();
    }

    void editCriterion(long versionId, long criterionId, long lock, CriterionEdit edit) {
        edit(versionId, lock, draft -> {
            Criterion criterion = criterion(draft, criterionId);
            checkCriterion(draft, criterion, edit);
            criterion.edit(edit.code(), edit.text(), edit.guidance(), edit.weight());
            return null;
        });
    }

    void removeCriterion(long versionId, long criterionId, long lock) {
        edit(versionId, lock, draft -> {
            Criterion criterion = criterion(draft, criterionId);
            criterion.getPillar().removeCriterion(criterion);
            return null;
        });
    }

    void moveCriterion(long versionId, long criterionId, long lock, int direction) {
        edit(versionId, lock, draft -> {
            Criterion criterion = criterion(draft, criterionId);
            return criterion.getPillar().moveCriterion(criterion, direction);
        });
    }

    /** Replaces the rating scale; levels are kept in increasing order of value. */
    void saveRatingScale(long versionId, long lock, List<LevelEdit> levels) {
        List<LevelEdit> sorted = levels.stream()
                .sorted(Comparator.comparingInt(LevelEdit::value))
                .toList();
        if (sorted.stream().map(LevelEdit::value).distinct().count() < sorted.size()) {
            throw EditRefusedException.of(null, "validation.framework.levelValueTaken");
        }
        if (sorted.stream().anyMatch(level -> level.value() < 0)) {
            throw EditRefusedException.of(null, "framework.file.problem.negative");
        }
        edit(versionId, lock, draft -> {
            List<LevelEdit> current = draft.getRatingLevels().stream()
                    .map(level -> new LevelEdit(level.getValue(), level.getLabel(), level.getDescription()))
                    .toList();
            if (current.equals(sorted)) {
                return null;
            }
            draft.clearRatingScale();
            // Values are unique within a version: the old levels must be gone before the new ones go in.
            entityManager.flush();
            for (LevelEdit level : sorted) {
                draft.addRatingLevel(level.value(), level.label(), level.description());
            }
            return null;
        });
    }

    // ------------------------------------------------------------------ lifecycle

    /**
     * Freezes the draft and makes it the version new assessments of its framework start on. Refused
     * while the draft has a problem, or if it changed since the admin reviewed it.
     */
    void publish(long versionId, long lock) {
        Admins.require();
        FrameworkVersion draft = loadDraft(versionId);
        requireLock(draft, lock);
        if (!DraftProblems.of(draft).isEmpty()) {
            throw EditRefusedException.of(null, "framework.editor.publish.hasProblems");
        }
        draft.publish(clock.instant());
        versions.flush();
        audit.record(
                FrameworkAuditAction.VERSION_PUBLISHED.code(),
                SUBJECT,
                draft.getId(),
                subjectLabel(draft),
                Map.of("status", VersionStatus.DRAFT.name()),
                Map.of(
                        "status",
                        VersionStatus.PUBLISHED.name(),
                        "publishedAt",
                        draft.getPublishedAt().toString()));
    }

    /** Hides a published version from new assessments; those made with it keep it, unchanged. */
    void retire(long versionId) {
        Admins.require();
        FrameworkVersion version = versions.findWithFramework(versionId).orElseThrow(FrameworkEditor::notFound);
        if (version.getStatus() != VersionStatus.PUBLISHED) {
            throw new NotEditableException("framework.editor.error.notPublished");
        }
        version.retire(clock.instant());
        versions.flush();
        audit.record(
                FrameworkAuditAction.VERSION_RETIRED.code(),
                SUBJECT,
                version.getId(),
                subjectLabel(version),
                Map.of("status", VersionStatus.PUBLISHED.name()),
                Map.of(
                        "status",
                        VersionStatus.RETIRED.name(),
                        "retiredAt",
                        version.getRetiredAt().toString()));
        // The cached view says "published": dropped now, and again once the change is visible to
        // all, so that a page read in between cannot put the old status back.
        library.forget(versionId);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                library.forget(versionId);
            }
        });
    }

    /** Deletes a draft (never published), and its framework if it has no other version. */
    void deleteDraft(long versionId, long lock) {
        Admins.require();
        FrameworkVersion draft = loadDraft(versionId);
        requireLock(draft, lock);
        Framework framework = draft.getFramework();
        Map<String, Object> deleted = new LinkedHashMap<>();
        deleted.put("framework", framework.getCode());
        deleted.put("label", draft.getLabel());
        deleted.put("pillars", draft.getPillars().size());
        deleted.put("criteria", draft.criterionCount());
        String label = subjectLabel(draft);
        versions.delete(draft);
        versions.flush();
        if (versions.countByFrameworkId(framework.getId()) == 0) {
            frameworks.delete(framework);
            deleted.put("frameworkDeleted", true);
        }
        audit.record(FrameworkAuditAction.DRAFT_DELETED.code(), SUBJECT, versionId, label, deleted, null);
    }

    // ------------------------------------------------------------------ rules

    /**
     * The frame of every edit of a draft: it must still be a draft, unchanged since the form was
     * shown; what the edit changed is recorded, and the draft's lock counter moves on.
     */
    private <T> T edit(long versionId, long lock, Function<FrameworkVersion, T> change) {
        Admins.require();
        FrameworkVersion draft = loadDraft(versionId);
        requireLock(draft, lock);
        DraftSnapshot before = DraftSnapshot.of(draft);
        T result = change.apply(draft);
        entityManager.flush();
        DraftSnapshot.Changes changes = before.changesTo(before.after(draft));
        if (!changes.isEmpty()) {
            entityManager.lock(draft, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            audit.record(
                    FrameworkAuditAction.DRAFT_EDITED.code(),
                    SUBJECT,
                    draft.getId(),
                    subjectLabel(draft),
                    changes.before(),
                    changes.after());
        }
        return result;
    }

    private FrameworkVersion loadDraft(long versionId) {
        FrameworkVersion version = versions.findWithFramework(versionId).orElseThrow(FrameworkEditor::notFound);
        if (!version.isDraft()) {
            throw new NotEditableException("framework.editor.error.notDraft");
        }
        return version;
    }

    private static void requireLock(FrameworkVersion draft, long lock) {
        if (draft.getLockVersion() != lock) {
            throw new DraftChangedException(draft.getId());
        }
    }

    /** The name belongs to the framework, shown with every assessment of every published version. */
    private boolean frameworkNameEditable(FrameworkVersion draft) {
        return !versions.existsByFrameworkIdAndStatusNot(draft.getFramework().getId(), VersionStatus.DRAFT);
    }

    private static void checkPillar(FrameworkVersion draft, Pillar editing, PillarEdit edit) {
        List<Reason> reasons = new ArrayList<>();
        checkCode(
                reasons,
                edit.code(),
                draft.getPillars().stream().filter(pillar -> pillar != editing).map(Pillar::getCode));
        checkWeight(reasons, edit.weight());
        refuseIf(reasons);
    }

    /** Criterion codes are unique in the whole version, not only in their pillar. */
    private static void checkCriterion(FrameworkVersion draft, Criterion editing, CriterionEdit edit) {
        List<Reason> reasons = new ArrayList<>();
        checkCode(
                reasons,
                edit.code(),
                draft.getPillars().stream()
                        .flatMap(pillar -> pillar.getCriteria().stream())
                        .filter(criterion -> criterion != editing)
                        .map(Criterion::getCode));
        checkWeight(reasons, edit.weight());
        refuseIf(reasons);
    }

    private static void checkCode(List<Reason> reasons, String code, Stream<String> others) {
        if (code == null || !FrameworkFileValidator.ITEM_CODE.matcher(code).matches()) {
            reasons.add(new Reason("code", "framework.file.problem.itemCode", new Object[0]));
        } else if (others.anyMatch(code::equals)) {
            reasons.add(new Reason("code", "framework.file.problem.duplicateCode", new Object[] {code}));
        }
    }

    private static void checkWeight(List<Reason> reasons, BigDecimal weight) {
        if (weight == null
                || weight.signum() <= 0
                || weight.compareTo(FrameworkFileValidator.MAX_WEIGHT) >= 0
                || weight.stripTrailingZeros().scale() > FrameworkFileValidator.WEIGHT_DECIMALS) {
            reasons.add(new Reason("weight", "framework.file.problem.weight", new Object[0]));
        }
    }

    private static void refuseIf(List<Reason> reasons) {
        if (!reasons.isEmpty()) {
            throw new EditRefusedException(reasons);
        }
    }

    private static Pillar pillar(FrameworkVersion draft, long pillarId) {
        return draft.getPillars().stream()
                .filter(pillar -> Objects.equals(pillar.getId(), pillarId))
                .findFirst()
                .orElseThrow(FrameworkEditor::notFound);
    }

    private static Criterion criterion(FrameworkVersion draft, long criterionId) {
        return draft.getPillars().stream()
                .flatMap(pillar -> pillar.getCriteria().stream())
                .filter(criterion -> Objects.equals(criterion.getId(), criterionId))
                .findFirst()
                .orElseThrow(FrameworkEditor::notFound);
    }

    private static String subjectLabel(FrameworkVersion version) {
        return version.getFramework().getCode() + " " + version.getLabel();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(NOT_FOUND);
    }
}
