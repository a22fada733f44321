package ca.repere.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A pillar of a draft: code, weight, title and outcome in both languages. */
class PillarForm {

    private long lockVersion;

    @NotBlank(message = "{validation.required}")
    @Size(max = 16, message = "{validation.tooLong}")
    private String code;

    @NotBlank(message = "{validation.required}")
    private String weight = "1";

    @Size(max = FrameworkFileValidator.MAX_TITLE, message = "{validation.tooLong}")
    private String titleFr;

    @Size(max = FrameworkFileValidator.MAX_TITLE, message = "{validation.tooLong}")
    private String titleEn;

    @Size(max = EditorForms.MAX_LONG_TEXT, message = "{validation.tooLong}")
    private String outcomeFr;

    @Size(max = EditorForms.MAX_LONG_TEXT, message = "{validation.tooLong}")
    private String outcomeEn;

    static PillarForm of(FrameworkVersionView.PillarView pillar, long lockVersion) {
        PillarForm form = new PillarForm();
        form.lockVersion = lockVersion;
        form.code = pillar.code();
        form.weight = EditorForms.weight(pillar.weight());
        form.titleFr = EditorForms.fr(pillar.title());
        form.titleEn = EditorForms.en(pillar.title());
        form.outcomeFr = EditorForms.fr(pillar.outcome());
        form.outcomeEn = EditorForms.en(pillar.outcome());
        return form;
    }

    FrameworkEditor.PillarEdit toEdit(BigDecimal parsedWeight) {
        return new FrameworkEditor.PillarEdit(
                EditorForms.strip(code),
                parsedWeight,
                EditorForms.required(titleFr, titleEn),
                EditorForms.required(outcomeFr, outcomeEn));
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public void setLockVersion(long lockVersion) {
        this.lockVersion = lockVersion;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getWeight() {
        return weight;
    }

    public void setWeight(String weight) {
        this.weight = weight;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getOutcomeFr() {
        return outcomeFr;
    }

    public void setOutcomeFr(String outcomeFr) {
        this.outcomeFr = outcomeFr;
    }

    public String getOutcomeEn() {
        return outcomeEn;
    }

    public void setOutcomeEn(String outcomeEn) {
        this.outcomeEn = outcomeEn;
    }
}
