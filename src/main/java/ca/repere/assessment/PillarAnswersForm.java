package ca.repere.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A pillar page as posted: one entry per applicable criterion, and where to go after saving. */
class PillarAnswersForm {

    /** Documented limits (README): evidence and notes hold 4,000 characters each. */
    static final int MAX_TEXT = 4000;

    static final int MAX_COMMENT = 2000;

    private List<@Valid AnswerInput> answers = new ArrayList<>();

    static PillarAnswersForm of(AssessmentPages.PillarPage page) {
        PillarAnswersForm form = new PillarAnswersForm();
        for (AssessmentPages.CriterionAnswer answer : page.criteria()) {
            AnswerInput input = new AnswerInput();
            input.setCriterionId(answer.criterion().id());
            input.setVersion(answer.version());
            input.setRating(answer.rating());
            input.setEvidence(answer.evidence());
            input.setNotes(answer.notes());
            form.answers.add(input);
        }
        return form;
    }

    /**
     * Makes sure the form has one entry per criterion of the page, in the page's order, so that the
     * page can be shown again whatever was posted. A genuine form already is; a forged one is
     * realigned on the criteria it names.
     */
    void alignWith(AssessmentPages.PillarPage page) {
        List<Long> expected =
                page.criteria().stream().map(answer -> answer.criterion().id()).toList();
        List<Long> posted = answers.stream().map(AnswerInput::getCriterionId).toList();
        if (expected.equals(posted)) {
            return;
        }
        List<AnswerInput> aligned = new ArrayList<>();
        PillarAnswersForm fresh = of(page);
        for (int i = 0; i < expected.size(); i++) {
            long criterionId = expected.get(i);
            aligned.add(answers.stream()
                    .filter(input -> input.getCriterionId() == criterionId)
                    .findFirst()
                    .orElse(fresh.answers.get(i)));
        }
        answers = aligned;
    }

    /** Comments typed on the page: posted with the answers, in the same transaction. */
    List<NewComment> toComments() {
        return answers.stream()
                .filter(input -> AnswerEdit.blankToNull(input.comment) != null)
                .map(input -> new NewComment(input.criterionId, input.replyTo, input.comment.strip()))
                .toList();
    }

    List<AnswerEdit> toEdits() {
        return answers.stream()
                .map(input -> new AnswerEdit(
                        input.criterionId,
                        input.version,
                        input.rating,
                        input.evidence,
                        input.notes,
                        input.confirmCarriedOver,
                        "THEIRS".equals(input.resolution)))
                .toList();
    }

    public List<AnswerInput> getAnswers() {
        return answers;
    }

    public void setAnswers(List<AnswerInput> answers) {
        this.answers = answers;
    }

    public static class AnswerInput {

        private long criterionId;
        private long version;
        private Integer rating;

        @Size(max = MAX_TEXT, message = "{validation.tooLong}")
        private String evidence;

        @Size(max = MAX_TEXT, message = "{validation.tooLong}")
        private String notes;

        private boolean confirmCarriedOver;

        /** After a conflict: MINE (default) or THEIRS. */
        private String resolution;

        @Size(max = MAX_COMMENT, message = "{validation.tooLong}")
        private String comment;

        /** The comment this one answers; none starts a new thread. */
        private Long replyTo;

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }

        public Long getReplyTo() {
            return replyTo;
        }

        public void setReplyTo(Long replyTo) {
            this.replyTo = replyTo;
        }

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

        public Integer getRating() {
            return rating;
        }

        public void setRating(Integer rating) {
            this.rating = rating;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }

        public String getNotes() {
            return notes;
        }

        public void setNotes(String notes) {
            this.notes = notes;
        }

        public boolean isConfirmCarriedOver() {
            return confirmCarriedOver;
        }

        public void setConfirmCarriedOver(boolean confirmCarriedOver) {
            this.confirmCarriedOver = confirmCarriedOver;
        }

        public String getResolution() {
            return resolution;
        }

        public void setResolution(String resolution) {
            this.resolution = resolution;
        }
    }
}
