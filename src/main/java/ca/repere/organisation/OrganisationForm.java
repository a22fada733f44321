package ca.repere.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.validator.constraints.Range;

/** The admins' form to create or edit an organisation's profile; one form for both. */
class OrganisationForm {

    /** As many as the database column holds. */
    static final int NAME_MAX = 200;

    private long version;

    // Each message names its field: the error summary lists them away from the fields.
    @NotBlank(message = "{validation.organisation.name.required}")
    @Size(max = NAME_MAX, message = "{validation.organisation.name.tooLong}")
    private String name;

    @NotNull(message = "{validation.organisation.province.required}")
    private Province province;

    @NotNull(message = "{validation.organisation.sizeBand.required}")
    private SizeBand sizeBand;

    @NotNull(message = "{validation.organisation.paidStaffCount.required}")
    @Range(min = 0, max = 100000, message = "{validation.organisation.paidStaffCount.range}")
    private Integer paidStaffCount = 0;

    @NotNull(message = "{validation.organisation.volunteerCount.required}")
    @Range(min = 0, max = 100000, message = "{validation.organisation.volunteerCount.range}")
    private Integer volunteerCount = 0;

    private Set<ServiceArea> serviceAreas = EnumSet.noneOf(ServiceArea.class);

    /** Most organisations using Repère serve newcomers: the default of a new one, as in the database. */
    private boolean newcomerFocused = true;

    static OrganisationForm of(OrganisationAdministration.Editable organisation) {
        OrganisationProfile profile = organisation.profile();
        OrganisationForm form = new OrganisationForm();
        form.version = organisation.version();
        form.name = profile.name();
        form.province = profile.province();
        form.sizeBand = profile.sizeBand();
        form.paidStaffCount = profile.paidStaffCount();
        form.volunteerCount = profile.volunteerCount();
        form.setServiceAreas(profile.serviceAreas());
        form.newcomerFocused = profile.newcomerFocused();
        return form;
    }

    OrganisationProfile toProfile() {
        return new OrganisationProfile(
                name.strip(), province, sizeBand, paidStaffCount, volunteerCount, serviceAreas, newcomerFocused);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Province getProvince() {
        return province;
    }

    public void setProvince(Province province) {
        this.province = province;
    }

    public SizeBand getSizeBand() {
        return sizeBand;
    }

    public void setSizeBand(SizeBand sizeBand) {
        this.sizeBand = sizeBand;
    }

    public Integer getPaidStaffCount() {
        return paidStaffCount;
    }

    public void setPaidStaffCount(Integer paidStaffCount) {
        this.paidStaffCount = paidStaffCount;
    }

    public Integer getVolunteerCount() {
        return volunteerCount;
    }

    public void setVolunteerCount(Integer volunteerCount) {
        this.volunteerCount = volunteerCount;
    }

    public Set<ServiceArea> getServiceAreas() {
        return serviceAreas;
    }

    public void setServiceAreas(Set<ServiceArea> serviceAreas) {
        this.serviceAreas = serviceAreas == null || serviceAreas.isEmpty()
                ? EnumSet.noneOf(ServiceArea.class)
                : EnumSet.copyOf(serviceAreas);
    }

    public boolean isNewcomerFocused() {
        return newcomerFocused;
    }

    public void setNewcomerFocused(boolean newcomerFocused) {
        this.newcomerFocused = newcomerFocused;
    }
}
