package ca.repere.assessment;

import ca.repere.account.CurrentUser;
import ca.repere.framework.FrameworkVersionView;
import ca.repere.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;

/** What the assessment tests share: the services, the framework versions, and quick ways to answer. */
abstract class AssessmentTestSupport extends IntegrationTest {

    @Autowired
    AssessmentService service;

    @Autowired
    AssessmentQueries queries;

    FrameworkVersionView version(String frameworkCode, String label) {
        return testFrameworks.version(frameworkCode, label);
    }

    FrameworkVersionView ccrCleo() {
        return testFrameworks.ccrCleo();
    }

    long startFull(CurrentUser user, long organisation, FrameworkVersionView framework) {
        return service.start(
                user,
                organisation,
                new AssessmentService.StartCommand(
                        framework.id(), "Bilan " + System.nanoTime(), Scope.FULL, Set.of(), null, false));
    }

    /** Rates every applicable criterion of every pillar in scope with {@code rating}. */
    void answerEverything(CurrentUser user, long organisation, long assessment, int rating) {
        for (AssessmentPages.PillarTask task :
                queries.taskList(user, organisation, assessment).pillars()) {
            AssessmentPages.PillarPage page = queries.pillarPage(user, organisation, assessment, task.code());
            List<AnswerEdit> edits = page.criteria().stream()
                    .map(answer -> new AnswerEdit(
                            answer.criterion().id(),
                            answer.version(),
                            rating,
                            "Preuve " + answer.criterion().code(),
                            null,
                            true,
                            false))
                    .toList();
            service.saveAnswers(user, organisation, assessment, task.code(), edits, List.of());
        }
    }
}
