package ca.repere.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A coordinator's feedback as typed: overall, then per pillar of the assessment. */
public class ReviewForm {

    @Size(max = 4000, message = "{validation.tooLong}")
    private String strengths;

    @Size(max = 4000, message = "{validation.tooLong}")
    private String support;

    @Valid
    private List<PillarFeedback> pillars = new ArrayList<>();

    /** The review's version when the form was opened (null for a first review): stale saves are refused. */
    private Long version;

    public String getStrengths() {
        return strengths;
    }

    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getSupport() {
        return support;
    }

    public void setSupport(String support) {
        this.support = support;
    }

    public List<PillarFeedback> getPillars() {
        return pillars;
    }

    public void setPillars(List<PillarFeedback> pillars) {
        this.pillars = pillars;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public static class PillarFeedback {

        private String code;

        @Size(max = 4000, message = "{validation.tooLong}")
        private String strengths;

        @Size(max = 4000, message = "{validation.tooLong}")
        private String support;

        public PillarFeedback() {}

        PillarFeedback(String code, String strengths, String support) {
            this.code = code;
            this.strengths = strengths;
            this.support = support;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getStrengths() {
            return strengths;
        }

        public void setStrengths(String strengths) {
            this.strengths = strengths;
        }

        public String getSupport() {
            return support;
        }

        public void setSupport(String support) {
            this.support = support;
        }
    }
}
