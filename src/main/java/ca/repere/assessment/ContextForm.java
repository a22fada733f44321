package ca.repere.assessment;

import ca.repere.organisation.Province;
import ca.repere.organisation.ServiceArea;
import ca.repere.organisation.SizeBand;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.validator.constraints.Range;

/** The organisation's profile as it stands for this assessment. */
class ContextForm {

    private long version;

    @NotNull(message = "{validation.required}")
    private Province province;

    @NotNull(message = "{validation.required}")
    private SizeBand sizeBand;

    @NotNull(message = "{validation.required}")
    @Range(min = 0, max = 100000, message = "{validation.count}")
    private Integer paidStaff;

    @NotNull(message = "{validation.required}")
    @Range(min = 0, max = 100000, message = "{validation.count}")
    private Integer volunteers;

    private boolean newcomerFocused;

    private Set<ServiceArea> serviceAreas = EnumSet.noneOf(ServiceArea.class);

    static ContextForm of(AssessmentPages.ContextPage page) {
        ContextForm form = new ContextForm();
        form.version = page.version();
        form.province = page.province();
        form.sizeBand = page.sizeBand();
        form.paidStaff = page.paidStaff();
        form.volunteers = page.volunteers();
        form.newcomerFocused = page.newcomerFocused();
        form.serviceAreas =
                page.serviceAreas().isEmpty() ? EnumSet.noneOf(ServiceArea.class) : EnumSet.copyOf(page.serviceAreas());
        return form;
    }

    AssessmentContext toContext() {
        return new AssessmentContext(province, sizeBand, paidStaff, volunteers, newcomerFocused);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
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

    public Integer getPaidStaff() {
        return paidStaff;
    }

    public void setPaidStaff(Integer paidStaff) {
        this.paidStaff = paidStaff;
    }

    public Integer getVolunteers() {
        return volunteers;
    }

    public void setVolunteers(Integer volunteers) {
        this.volunteers = volunteers;
    }

    public boolean isNewcomerFocused() {
        return newcomerFocused;
    }

    public void setNewcomerFocused(boolean newcomerFocused) {
        this.newcomerFocused = newcomerFocused;
    }

    public Set<ServiceArea> getServiceAreas() {
        return serviceAreas;
    }

    public void setServiceAreas(Set<ServiceArea> serviceAreas) {
        this.serviceAreas = serviceAreas == null ? EnumSet.noneOf(ServiceArea.class) : serviceAreas;
    }
}
