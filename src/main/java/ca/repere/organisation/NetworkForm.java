package ca.repere.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The admins' form to create or edit a network; one form for both. */
class NetworkForm {

    private long version;

    @NotBlank(message = "{validation.network.name.required}")
    @Size(max = 200, message = "{validation.network.name.tooLong}")
    private String name;

    @Size(max = 1000, message = "{validation.network.description.tooLong}")
    private String description;

    static NetworkForm of(NetworkAdministration.Editable network) {
        NetworkForm form = new NetworkForm();
        form.version = network.version();
        form.name = network.name();
        form.description = network.description();
        return form;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
