package ca.repere.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A criterion of a draft: code, weight, text and guidance in both languages. */
class CriterionForm {

    private long lockVersion;

    @NotBlank(message = "{validation.required}")
    @Size(max = 16, message = "{validation.tooLong}")
    private String code;

    @NotBlank(message = "{validation.required}")
    private String weight = "1";

    @Size(max = EditorForms.MAX_LONG_TEXT, message = "{validation.tooLong}")
    private String textFr;

    @Size(max = EditorForms.MAX_LONG_TEXT, message = "{validation.tooLong}")
    private String textEn;

    @Size(max = EditorForms.MAX_LONG_TEXT, message = "{validation.tooLong}")
    private String guidanceFr;

    @Size(max = EditorForms.MAX_LONG_TEXT, message = "{validation.tooLong}")
    private String guidanceEn;

    static CriterionForm of(FrameworkVersionView.CriterionView criterion, long lockVersion) {
        CriterionForm form = new CriterionForm();
        form.lockVersion = lockVersion;
        form.code = criterion.code();
        form.weight = EditorForms.weight(criterion.weight());
        form.textFr = EditorForms.fr(criterion.text());
        form.textEn = EditorForms.en(criterion.text());
        form.guidanceFr = EditorForms.fr(criterion.guidance());
        form.guidanceEn = EditorForms.en(criterion.guidance());
        return form;
    }

    FrameworkEditor.CriterionEdit toEdit(BigDecimal parsedWeight) {
        return new FrameworkEditor.CriterionEdit(
                EditorForms.strip(code),
                parsedWeight,
                EditorForms.required(textFr, textEn),
                EditorForms.optional(guidanceFr, guidanceEn));
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

    public String getTextFr() {
        return textFr;
    }

    public void setTextFr(String textFr) {
        this.textFr = textFr;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getGuidanceFr() {
        return guidanceFr;
    }

    public void setGuidanceFr(String guidanceFr) {
        this.guidanceFr = guidanceFr;
    }

    public String getGuidanceEn() {
        return guidanceEn;
    }

    public void setGuidanceEn(String guidanceEn) {
        this.guidanceEn = guidanceEn;
    }
}
