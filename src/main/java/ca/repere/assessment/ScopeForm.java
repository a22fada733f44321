package ca.repere.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** The scope page as posted: for each criterion, whether it applies here (and why not) and its priority. */
class ScopeForm {

    static final int MAX_REASON = 500;

    private List<@Valid ScopeInput> criteria = new ArrayList<>();

    static ScopeForm of(AssessmentPages.ScopePage page) {
        ScopeForm form = new ScopeForm();
        for (AssessmentPages.PillarAnswers pillar : page.pillars()) {
            for (AssessmentPages.CriterionAnswer answer : pillar.criteria()) {
                ScopeInput input = new ScopeInput();
                input.setCriterionId(answer.criterion().id());
                input.setVersion(answer.version());
                input.setNotApplicable(!answer.applicable());
                input.setReason(answer.notApplicableReason());
                input.setPriority(answer.priority());
                form.criteria.add(input);
            }
        }
        return form;
    }

    List<ScopeEdit> toEdits() {
        return criteria.stream()
                .map(input -> new ScopeEdit(
                        input.criterionId, input.version, !input.notApplicable, input.reason, input.priority))
                .toList();
    }

    public List<ScopeInput> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<ScopeInput> criteria) {
        this.criteria = criteria;
    }

    public static class ScopeInput {

        private long criterionId;
        private long version;
        private boolean notApplicable;

        @Size(max = MAX_REASON, message = "{validation.tooLong}")
        private String reason;

        private Priority priority = Priority.NORMAL;

        public long getCriterionId() {
            return criterionId;
        }

        public void setCriterionId(long criterionId) {
            this.criterionId = criterionId;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public boolean isNotApplicable() {
            return notApplicable;
        }

        public void setNotApplicable(boolean notApplicable) {
            this.notApplicable = notApplicable;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public Priority getPriority() {
            return priority;
        }

        public void setPriority(Priority priority) {
            this.priority = priority;
        }
    }
}
