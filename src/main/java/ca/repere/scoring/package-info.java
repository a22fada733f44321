/**
 * Scores and the assessment report. The core ({@link ca.repere.scoring.ScoreCalculator} and its
 * records) is plain computation on plain values: no Spring, no JPA, unit-tested with hand-computed
 * cases. The report (page, PDF, CSV, DOCX) reads a self-assessment through the assessment module
 * and scores it with that core.
 */
@ApplicationModule(allowedDependencies = {"shared", "account", "organisation", "framework", "assessment", "actionplan"})
package ca.repere.scoring;

import org.springframework.modulith.ApplicationModule;
