package ca.repere.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;

/** The start page: which framework, what to call it, what it covers, and whether to build on last time. */
class StartForm {

    @NotNull(message = "{validation.required}")
    private Long frameworkVersionId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.tooLong}")
    private String label;

    @NotNull(message = "{validation.required}")
    private Scope scope = Scope.FULL;

    private Set<String> pillarCodes = new LinkedHashSet<>();

    @Size(max = 1000, message = "{validation.tooLong}")
    private String targetedReason;

    private boolean carryOver;

    AssessmentService.StartCommand toCommand() {
        return new AssessmentService.StartCommand(
                frameworkVersionId, label, scope, chosenPillarCodes(), targetedReason, carryOver);
    }

    /**
     * The start page lists the pillars of every published framework, and two frameworks may both
     * have a pillar "1": each box's value is {@code <version id>:<pillar code>} (see start.html).
     * Only the chosen version's pillars count.
     */
    Set<String> chosenPillarCodes() {
        Set<String> codes = new LinkedHashSet<>();
        if (frameworkVersionId == null) {
            return codes;
        }
        String prefix = frameworkVersionId + PILLAR_CHOICE_SEPARATOR;
        for (String choice : pillarCodes) {
            if (choice != null && choice.startsWith(prefix)) {
                codes.add(choice.substring(prefix.length()));
            }
        }
        return codes;
    }

    private static final String PILLAR_CHOICE_SEPARATOR = ":";

    public Long getFrameworkVersionId() {
        return frameworkVersionId;
    }

    public void setFrameworkVersionId(Long frameworkVersionId) {
        this.frameworkVersionId = frameworkVersionId;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Scope getScope() {
        return scope;
    }

    public void setScope(Scope scope) {
        this.scope = scope;
    }

    public Set<String> getPillarCodes() {
        return pillarCodes;
    }

    public void setPillarCodes(Set<String> pillarCodes) {
        this.pillarCodes = pillarCodes == null ? new LinkedHashSet<>() : pillarCodes;
    }

    public String getTargetedReason() {
        return targetedReason;
    }

    public void setTargetedReason(String targetedReason) {
        this.targetedReason = targetedReason;
    }

    public boolean isCarryOver() {
        return carryOver;
    }

    public void setCarryOver(boolean carryOver) {
        this.carryOver = carryOver;
    }
}
