package ca.repere.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.account.Grant;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData.User;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** An owner "without an account" needs a name: the form says so and keeps what was typed. */
class ActionFormValidationTest extends IntegrationTest {

    @Test
    void someoneWithoutAnAccountNeedsTheirName() throws Exception {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));

        MvcTestResult result = mvc.post()
                .uri("/organisations/{o}/actions", organisation)
                .header("Accept-Language", "en")
                .with(as(lead))
                .with(csrf())
                .param("title", "Train the volunteers")
                .param("owner", ActionForm.OTHER)
                .param("ownerName", " ")
                .param("priority", "NORMAL")
                .exchange();

        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("#ownerName-error").text())
                .isEqualTo("Give the name of the person in charge, or choose a member.");
        assertThat(page.select("#title").val()).isEqualTo("Train the volunteers");
        assertThat(jdbc.sql("select count(*) from action where organisation_id = ?")
                        .param(organisation)
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
