package ca.repere.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;

/**
 * The whole rating scale of a draft on one form: a row per level, each with a "remove" box, and
 * one empty row to add a level. One submit button (Enter saves, never removes).
 */
class RatingScaleForm {

    private long lockVersion;

    @Valid
    private List<Row> levels = new ArrayList<>();

    static RatingScaleForm of(DraftView draft) {
        RatingScaleForm form = new RatingScaleForm();
        form.lockVersion = draft.lockVersion();
        for (FrameworkVersionView.RatingLevelView level : draft.content().ratingScale()) {
            Row row = new Row();
            row.value = String.valueOf(level.value());
            row.labelFr = EditorForms.fr(level.label());
            row.labelEn = EditorForms.en(level.label());
            row.descriptionFr = EditorForms.fr(level.description());
            row.descriptionEn = EditorForms.en(level.description());
            form.levels.add(row);
        }
        return form.withEmptyRow();
    }

    /** Adds the empty row for a new level, unless the last row is empty already. */
    RatingScaleForm withEmptyRow() {
        if (levels.isEmpty() || !levels.get(levels.size() - 1).isEmpty()) {
            levels.add(new Row());
        }
        return this;
    }

    /**
     * The levels to keep, in the order typed; rejects what cannot be stored (a value that is not a
     * whole number of zero or more, a value used twice). Rows marked "remove" and empty rows go.
     */
    List<FrameworkEditor.LevelEdit> toLevels(BindingResult errors) {
        List<FrameworkEditor.LevelEdit> kept = new ArrayList<>();
        Map<Integer, Integer> rowOfValue = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            Row row = levels.get(i);
            if (row.remove || row.isEmpty()) {
                continue;
            }
            String field = "levels[" + i + "].value";
            Integer value = row.parsedValue();
            if (value == null) {
                errors.rejectValue(field, "validation.framework.levelValue");
            } else if (value < 0) {
                errors.rejectValue(field, "framework.file.problem.negative");
            } else if (rowOfValue.putIfAbsent(value, i) != null) {
                errors.rejectValue(field, "validation.framework.levelValueTaken");
            } else {
                kept.add(new FrameworkEditor.LevelEdit(
                        value,
                        EditorForms.required(row.labelFr, row.labelEn),
                        EditorForms.required(row.descriptionFr, row.descriptionEn)));
            }
        }
        return kept;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public void setLockVersion(long lockVersion) {
        this.lockVersion = lockVersion;
    }

    public List<Row> getLevels() {
        return levels;
    }

    public void setLevels(List<Row> levels) {
        this.levels = levels;
    }

    public static class Row {

        private String value;

        @Size(max = FrameworkFileValidator.MAX_LEVEL_LABEL, message = "{validation.tooLong}")
        private String labelFr;

        @Size(max = FrameworkFileValidator.MAX_LEVEL_LABEL, message = "{validation.tooLong}")
        private String labelEn;

        @Size(max = FrameworkFileValidator.MAX_LEVEL_DESCRIPTION, message = "{validation.tooLong}")
        private String descriptionFr;

        @Size(max = FrameworkFileValidator.MAX_LEVEL_DESCRIPTION, message = "{validation.tooLong}")
        private String descriptionEn;

        private boolean remove;

        boolean isEmpty() {
            return EditorForms.strip(value).isEmpty()
                    && EditorForms.strip(labelFr).isEmpty()
                    && EditorForms.strip(labelEn).isEmpty()
                    && EditorForms.strip(descriptionFr).isEmpty()
                    && EditorForms.strip(descriptionEn).isEmpty();
        }

        Integer parsedValue() {
            try {
                return Integer.valueOf(EditorForms.strip(value));
            } catch (NumberFormatException notAWholeNumber) {
                return null;
            }
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getLabelFr() {
            return labelFr;
        }

        public void setLabelFr(String labelFr) {
            this.labelFr = labelFr;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
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

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }
}
