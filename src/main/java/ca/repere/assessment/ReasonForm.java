package ca.repere.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Reopening a submitted assessment needs a reason, recorded with who and when. */
class ReasonForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 1000, message = "{validation.tooLong}")
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
