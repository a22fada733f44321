package ca.repere.organisation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an organisation says about itself: the context in which its self-assessment is read
 * (the framework applies differently to a volunteer-only group and a large agency).
 */
public record OrganisationProfile(
        String name,
        Province province,
        SizeBand sizeBand,
        int paidStaffCount,
        int volunteerCount,
        Set<ServiceArea> serviceAreas,
        boolean newcomerFocused) {

    public OrganisationProfile {
        // Enum order, so that lists read the same on every page.
        serviceAreas = serviceAreas.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(serviceAreas));
    }

    /** No paid staff: the organisation runs on volunteers alone. */
    public boolean volunteersOnly() {
        return paidStaffCount == 0;
    }
}
