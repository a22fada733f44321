package ca.repere.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new draft copied from a version: only its label, unique within the framework. */
class NewDraftForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = FrameworkFileValidator.MAX_LABEL, message = "{validation.tooLong}")
    private String label;

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
