package ca.repere.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new framework: its stable code, its name in both languages, and the label of its first draft. */
class NewFrameworkForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 64, message = "{validation.tooLong}")
    private String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = FrameworkFileValidator.MAX_TITLE, message = "{validation.tooLong}")
    private String nameFr;

    @NotBlank(message = "{validation.required}")
    @Size(max = FrameworkFileValidator.MAX_TITLE, message = "{validation.tooLong}")
    private String nameEn;

    @NotBlank(message = "{validation.required}")
    @Size(max = FrameworkFileValidator.MAX_LABEL, message = "{validation.tooLong}")
    private String label;

    FrameworkEditor.NewFramework toCommand() {
        return new FrameworkEditor.NewFramework(
                EditorForms.strip(code), EditorForms.required(nameFr, nameEn), EditorForms.strip(label));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
