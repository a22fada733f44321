package ca.repere.framework;

import ca.repere.account.CurrentUser;
import ca.repere.account.Grant;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the editor tests share: frameworks of their own (the CCR/CLEO content under a fresh code,
 * so that publishing and retiring never touch what other tests use), and calls to the editor as
 * an admin.
 */
abstract class FrameworkEditorTestSupport extends IntegrationTest {

    @Autowired
    FrameworkEditor editor;

    @Autowired
    FrameworkLibrary library;

    @Autowired
    FrameworkImporter importer;

    @Autowired
    FrameworkFileReader reader;

    private User admin;

    User admin() {
        if (admin == null) {
            admin = data.user(Grant.admin());
        }
        return admin;
    }

    /** A new framework whose one version, published, holds the CCR/CLEO content; its version id. */
    long publishedFramework() {
        return publishedFramework(TestData.unique("ed").toLowerCase().replace('_', '-'));
    }

    long publishedFramework(String code) {
        FrameworkFile ccrCleo = ccrCleoFile();
        FrameworkFile file = new FrameworkFile(
                code,
                "v1",
                new FrameworkFile.Text("Cadre " + code, "Framework " + code),
                ccrCleo.source(),
                ccrCleo.description(),
                ccrCleo.ratingScale(),
                ccrCleo.pillars());
        return importer.importPublished(file).getId();
    }

    FrameworkFile ccrCleoFile() {
        try (InputStream content = new ClassPathResource("frameworks/ccr-cleo-2021.yaml").getInputStream()) {
            return reader.read(content).file();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the action with an admin logged in, as the editor's pages do. */
    <T> T asAdmin(Supplier<T> action) {
        CurrentUser current = data.current(admin());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities()));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    void asAdmin(Runnable action) {
        asAdmin(() -> {
            action.run();
            return null;
        });
    }

    DraftView draft(long id) {
        return asAdmin(() -> editor.draft(id));
    }

    long copy(long versionId) {
        return asAdmin(() -> editor.copyToDraft(versionId, TestData.unique("draft")));
    }
}
