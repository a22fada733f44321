package ca.repere.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A draft's own texts: label, framework name (while it may change), description, source. */
class DetailsForm {

    private long lockVersion;

    @NotBlank(message = "{validation.required}")
    @Size(max = FrameworkFileValidator.MAX_LABEL, message = "{validation.tooLong}")
    private String label;

    @Size(max = FrameworkFileValidator.MAX_TITLE, message = "{validation.tooLong}")
    private String nameFr;

    @Size(max = FrameworkFileValidator.MAX_TITLE, message = "{validation.tooLong}")
    private String nameEn;

    @Size(max = EditorForms.MAX_LONG_TEXT, message = "{validation.tooLong}")
    private String descriptionFr;

    @Size(max = EditorForms.MAX_LONG_TEXT, message = "{validation.tooLong}")
    private String descriptionEn;

    @Size(max = FrameworkFileValidator.MAX_SOURCE, message = "{validation.tooLong}")
    private String sourceFr;

    @Size(max = FrameworkFileValidator.MAX_SOURCE, message = "{validation.tooLong}")
    private String sourceEn;

    static DetailsForm of(DraftView draft) {
        FrameworkVersionView content = draft.content();
        DetailsForm form = new DetailsForm();
        form.lockVersion = draft.lockVersion();
        form.label = content.label();
        form.nameFr = EditorForms.fr(content.frameworkName());
        form.nameEn = EditorForms.en(content.frameworkName());
        form.descriptionFr = EditorForms.fr(content.description());
        form.descriptionEn = EditorForms.en(content.description());
        form.sourceFr = EditorForms.fr(content.source());
        form.sourceEn = EditorForms.en(content.source());
        return form;
    }

    FrameworkEditor.Details toDetails(boolean nameEditable) {
        return new FrameworkEditor.Details(
                EditorForms.strip(label),
                nameEditable ? EditorForms.required(nameFr, nameEn) : null,
                EditorForms.required(descriptionFr, descriptionEn),
                EditorForms.optional(sourceFr, sourceEn));
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public void setLockVersion(long lockVersion) {
        this.lockVersion = lockVersion;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
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

    public String getDescriptionFr() {
        return descriptionFr;
    }

    public void setDescriptionFr(String descriptionFr) {
        this.descriptionFr = descriptionFr;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getSourceFr() {
        return sourceFr;
    }

    public void setSourceFr(String sourceFr) {
        this.sourceFr = sourceFr;
    }

    public String getSourceEn() {
        return sourceEn;
    }

    public void setSourceEn(String sourceEn) {
        this.sourceEn = sourceEn;
    }
}
