package ca.repere.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.account.Grant;
import ca.repere.shared.audit.AuditCategory;
import ca.repere.shared.audit.AuditEvent;
import ca.repere.shared.audit.AuditFilter;
import ca.repere.shared.audit.AuditTrail;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail: what is recorded, by whom, that it cannot be changed, and the admins' page. */
class AuditTrailTest extends IntegrationTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void submittingAndReopeningAnAssessmentAreRecordedWithTheLeadAsAuthor() {
        long organisation = data.organisation(TestData.unique("Audited"));
        User lead = data.user(Grant.leadOf(organisation));
        long assessment = testAssessments.ccrCleoRated(lead, organisation, Map.of());
        String base = "/organisations/" + organisation + "/assessments/" + assessment;

        assertThat(mvc.post().uri(base + "/submit").with(as(lead)).with(csrf())).hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri(base + "/reopen")
                        .param("reason", "A missing policy was found")
                        .with(as(lead))
                        .with(csrf()))
                .hasStatus3xxRedirection();

        List<AuditEvent> history = trail.historyOf("assessment", assessment);
        assertThat(history)
                .extracting(AuditEvent::action)
                .containsExactly("assessment.submitted", "assessment.reopened");
        assertThat(history).allSatisfy(event -> assertThat(event.actorId()).isEqualTo(lead.id()));
        assertThat(history.get(0).changes()).containsExactly(new AuditEvent.Change("status", "DRAFT", "SUBMITTED"));
        assertThat(history.get(1).changes())
                .containsExactly(
                        new AuditEvent.Change("status", "SUBMITTED", "REOPENED"),
                        new AuditEvent.Change("reason", null, "A missing policy was found"));
        assertThat(history.get(0).subjectLabel()).startsWith("Audited");
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveARecordedEvent() {
        record("framework.version.published", "Refused change");
        long id = jdbc.sql("select max(id) from audit_event").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor_name = 'someone else' where id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
    }

    @Test
    void aChangeRolledBackLeavesNoTraceAndNoChangeIsRecordedOutsideATransaction() {
        String label = TestData.unique("Rolled back");
        transactions.executeWithoutResult(status -> {
            trail.record("framework.version.retired", "framework_version", 1, label, null, Map.of("status", "RETIRED"));
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from audit_event where subject_label = :label")
                        .param("label", label)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThatThrownBy(() -> trail.record("framework.version.retired", "framework_version", 1, label, null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theSearchFiltersByKindNameAndDayAndPagesOlderEvents() {
        String marker = TestData.unique("Filtered");
        record("framework.version.published", marker + " framework");
        record("assessment.submitted", marker + " assessment");
        record("assessment.reopened", marker + " assessment");

        List<AuditEvent> assessments = trail.search(
                new AuditFilter(AuditCategory.ASSESSMENT, null, marker, null, null, null), 10, ZoneOffset.UTC);
        assertThat(assessments)
                .extracting(AuditEvent::action)
                .containsExactly("assessment.reopened", "assessment.submitted");

        long newest = assessments.get(0).id();
        assertThat(trail.search(new AuditFilter(null, null, marker, null, null, newest), 10, ZoneOffset.UTC))
                .extracting(AuditEvent::action)
                .containsExactly("assessment.submitted", "framework.version.published");
        assertThat(trail.search(
                        new AuditFilter(
                                null, AuditTrail.SYSTEM, marker, LocalDate.now().plusDays(2), null, null),
                        10,
                        ZoneOffset.UTC))
                .isEmpty();
        assertThat(trail.search(new AuditFilter(null, "nobody-such", marker, null, null, null), 10, ZoneOffset.UTC))
                .isEmpty();
    }

    @Test
    void adminsReadTheTrailInTheirLanguageWithUserTextEscaped() {
        String marker = TestData.unique("<b>Escaped</b>");
        record("assessment.submitted", marker);
        User admin = data.user(Grant.admin());

        assertThat(mvc.get().uri("/admin/audit?lang=en&subject=Escaped").with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("Audit trail")
                .contains("Self-assessment submitted")
                .contains("&lt;b&gt;Escaped&lt;/b&gt;")
                .doesNotContain("<b>Escaped</b>")
                .contains("<dt>Status</dt>");
        assertThat(mvc.get().uri("/admin/audit?lang=fr&subject=Escaped").with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("Journal d’audit")
                .contains("Autoévaluation soumise")
                .contains("<dt>Statut</dt>");
    }

    @Test
    void aMistypedDateIsSaidInTheUsersLanguageAndTheRestOfTheFilterStillApplies() {
        String marker = TestData.unique("Dated");
        record("assessment.submitted", marker);
        User admin = data.user(Grant.admin());

        assertThat(mvc.get()
                        .uri("/admin/audit?lang=fr&from=23/11/2026&subject=" + marker)
                        .with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("Entrez la date sous la forme AAAA-MM-JJ.")
                .contains(marker);
    }

    @Test
    void onlyAdminsReachTheTrail() {
        long organisation = data.organisation();
        long network = data.network(organisation);
        for (User user : new User[] {
            data.user(Grant.leadOf(organisation)),
            data.user(Grant.staffOf(organisation)),
            data.user(Grant.coordinatorOf(network))
        }) {
            assertThat(mvc.get().uri("/admin/audit").with(as(user))).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/admin/audit"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
    }

    private void record(String action, String label) {
        transactions.executeWithoutResult(
                status -> trail.record(action, "framework_version", 1, label, null, Map.of("status", "PUBLISHED")));
    }
}
