package ca.repere.actionplan;

import ca.repere.account.AccountService;
import ca.repere.account.MemberView;
import ca.repere.framework.FrameworkLibrary;
import ca.repere.framework.FrameworkVersionSummary;
import ca.repere.framework.FrameworkVersionView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the action form offers: the organisation's active members as owners, and the criteria of
 * the newest published version of each framework (an action names criteria by code, so it
 * follows them into later versions).
 */
@Component
class ActionFormChoices {

    private final AccountService accounts;
    private final FrameworkLibrary frameworks;

    ActionFormChoices(AccountService accounts, FrameworkLibrary frameworks) {
        this.accounts = accounts;
        this.frameworks = frameworks;
    }

    record Choices(List<MemberView> members, List<FrameworkVersionView> frameworks) {}

    Choices of(long organisationId) {
        List<MemberView> members = accounts.membersOfOrganisation(organisationId).stream()
                .filter(MemberView::enabled)
                .toList();
        Set<String> seen = new HashSet<>();
        List<FrameworkVersionView> newest = new ArrayList<>();
        // Published versions come newest first within each framework.
        for (FrameworkVersionSummary version : frameworks.publishedVersions()) {
            if (seen.add(version.frameworkCode())) {
                newest.add(frameworks.pinnedVersion(version.id()));
            }
        }
        return new Choices(members, newest);
    }
}
