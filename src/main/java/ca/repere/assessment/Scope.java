package ca.repere.assessment;

/**
 * The whole framework, or a targeted review of some pillars: pillar 4 asks for "a standard process
 * to review a specific area" when there are signs that the organisation fell short.
 */
public enum Scope {
    FULL,
    TARGETED
}
