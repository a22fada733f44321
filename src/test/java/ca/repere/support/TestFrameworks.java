package ca.repere.support;

import ca.repere.framework.FrameworkLibrary;
import ca.repere.framework.FrameworkVersionSummary;
import ca.repere.framework.FrameworkVersionView;
import org.springframework.boot.test.context.TestComponent;

/**
 * The framework versions tests work with, looked up by code and label: ids differ from one
 * database to the next. Besides the CCR/CLEO framework, the test database holds
 * {@code test-framework} v1 and v2 (src/test/resources/frameworks).
 */
@TestComponent
public class TestFrameworks {

    public static final String CCR_CLEO = "ccr-cleo-2021";
    public static final String CCR_CLEO_VERSION = "2021-02-08";

    private final FrameworkLibrary frameworks;

    TestFrameworks(FrameworkLibrary frameworks) {
        this.frameworks = frameworks;
    }

    public FrameworkVersionView version(String frameworkCode, String label) {
        FrameworkVersionSummary summary = frameworks.versions(false).stream()
                .filter(candidate -> candidate.frameworkCode().equals(frameworkCode)
                        && candidate.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No framework " + frameworkCode + " " + label));
        return frameworks.pinnedVersion(summary.id());
    }

    public FrameworkVersionView ccrCleo() {
        return version(CCR_CLEO, CCR_CLEO_VERSION);
    }
}
