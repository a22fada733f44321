package ca.repere.organisation;

import ca.repere.account.CurrentUser;
import ca.repere.shared.audit.AuditTrail;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do to organisations: find, create, edit the profile, and put them in networks.
 * Every change is recorded in the audit trail in the same transaction; a rename goes through
 * {@link OrganisationDirectory} so that the names it keeps in memory follow.
 */
@Service
@Transactional
class OrganisationAdministration {

    static final int PAGE_SIZE = 25;

    private static final String DUPLICATE_NAME = "organisation.admin.error.duplicateName";
    private static final String STALE = "organisation.admin.error.stale";

    private final OrganisationRepository organisations;
    private final NetworkRepository networks;
    private final OrganisationDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    OrganisationAdministration(
            OrganisationRepository organisations,
            NetworkRepository networks,
            OrganisationDirectory directory,
            AuditTrail audit,
            Clock clock) {
        this.organisations = organisations;
        this.networks = networks;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the admins' list shows: a page of organisations matching the filter, by name. */
    @Transactional(readOnly = true)
    Page<OrganisationAdminRow> search(CurrentUser user, OrganisationFilter filter) {
        Admins.require(user);
        return organisations.search(
                filter.likePattern(),
                filter.provinceChoice(),
                filter.sizeChoice(),
                PageRequest.of(filter.pageNumber(), PAGE_SIZE));
    }

    /** An organisation's profile with the version an edit form must send back; empty if there is none. */
    @Transactional(readOnly = true)
    Optional<Editable> organisation(CurrentUser user, long organisationId) {
        Admins.require(user);
        return organisations
                .findById(organisationId)
                .map(organisation ->
                        new Editable(organisation.getId(), organisation.getVersion(), organisation.profile()));
    }

    /** The networks the organisation belongs to, and those it could join. */
    @Transactional(readOnly = true)
    Memberships networks(CurrentUser user, long organisationId) {
        Admins.require(user);
        return new Memberships(
                networks.summariesWithMember(organisationId), networks.summariesWithoutMember(organisationId));
    }

    long create(CurrentUser user, OrganisationProfile profile) {
        Admins.require(user);
        requireUniqueName(profile.name(), 0);
        Organisation organisation;
        try {
            organisation = organisations.saveAndFlush(new Organisation(profile, clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            throw refusalFor(raced);
        }
        audit.record(
                "organisation.created",
                "organisation",
                organisation.getId(),
                organisation.getName(),
                null,
                fields(organisation.profile()));
        return organisation.getId();
    }

    /**
     * Saves the profile if the organisation is still at the version the form showed; otherwise
     * nothing is written and {@link AdminRefusal#isStale()} tells the page to show what changed.
     */
    void update(CurrentUser user, long organisationId, long version, OrganisationProfile profile) {
        Admins.require(user);
        Organisation organisation = organisations.findById(organisationId).orElseThrow(NotFound::new);
        if (organisation.getVersion() != version) {
            throw AdminRefusal.stale(STALE);
        }
        requireUniqueName(profile.name(), organisationId);
        OrganisationProfile before = organisation.profile();
        organisation.update(profile);
        try {
            organisations.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw AdminRefusal.stale(STALE);
        } catch (DataIntegrityViolationException raced) {
            throw refusalFor(raced);
        }
        OrganisationProfile after = organisation.profile();
        Map<String, Object> was = fields(before);
        Map<String, Object> is = fields(after);
        was.keySet().removeIf(key -> was.get(key).equals(is.get(key)));
        is.keySet().retainAll(was.keySet());
        if (!is.isEmpty()) {
            audit.record("organisation.updated", "organisation", organisationId, after.name(), was, is);
        }
        if (!before.name().equals(after.name())) {
            directory.renamed(organisationId);
        }
    }

    private void requireUniqueName(String name, long exceptId) {
        if (organisations.nameTaken(name.strip(), exceptId)) {
            throw AdminRefusal.duplicateName(DUPLICATE_NAME);
        }
    }

    /** Two admins saving the same new name at once: the unique index decides, the page says why. */
    private static RuntimeException refusalFor(DataIntegrityViolationException violation) {
        String message = String.valueOf(violation.getMostSpecificCause().getMessage());
        return message.contains("organisation_name_uq") ? AdminRefusal.duplicateName(DUPLICATE_NAME) : violation;
    }

    /** The profile as the audit trail records it: plain values, in a stable order. */
    static Map<String, Object> fields(OrganisationProfile profile) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", profile.name());
        fields.put("province", profile.province().name());
        fields.put("sizeBand", profile.sizeBand().name());
        fields.put("paidStaffCount", profile.paidStaffCount());
        fields.put("volunteerCount", profile.volunteerCount());
        fields.put(
                "serviceAreas",
                profile.serviceAreas().stream().map(ServiceArea::name).toList());
        fields.put("newcomerFocused", profile.newcomerFocused());
        return fields;
    }

    record Editable(long id, long version, OrganisationProfile profile) {}

    record Memberships(List<NetworkSummary> memberOf, List<NetworkSummary> others) {}
}
