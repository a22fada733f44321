package ca.repere.support;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sessions live in the database (Spring Session), found by the {@value HttpSessions#COOKIE}
 * cookie: the servlet container's session, which MockMvc tests hand over with
 * {@code .session(mockSession)}, is never looked at. So that those tests keep reading as "the same
 * browser again", a {@link MockHttpSession} passed to a request acts as that browser's cookie jar:
 * the session cookie a response sets is kept in it, and sent with the next request given it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SessionCookies {

    private static final String JAR = SessionCookies.class.getName() + ".cookie";

    /** Where {@link SessionFlashMapManager} keeps flash attributes in a session. */
    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    @Bean
    MockMvcBuilderCustomizer sessionCookieJar() {
        return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/").with(request -> {
                    jar(request).ifPresent(cookie -> addUnlessSent(request, cookie));
                    handOverFlashAttributes(request);
                    return request;
                }))
                .alwaysDo(result -> {
                    if (!(result.getRequest().getSession(false) instanceof MockHttpSession jar)) {
                        return;
                    }
                    Cookie set = result.getResponse().getCookie(HttpSessions.COOKIE);
                    if (set == null) {
                        return;
                    }
                    if (set.getMaxAge() == 0) {
                        jar.removeAttribute(JAR);
                    } else {
                        jar.setAttribute(JAR, set.getValue());
                    }
                });
    }

    /**
     * {@code .flashAttr(…)} puts the attributes in the container's session, where the application
     * no longer looks: they are handed to the request as the flash attributes it arrives with.
     */
    private static void handOverFlashAttributes(MockHttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(FLASH_MAPS) instanceof List<?> maps) || maps.isEmpty()) {
            return;
        }
        FlashMap attributes = new FlashMap();
        maps.forEach(map -> attributes.putAll((FlashMap) map));
        session.removeAttribute(FLASH_MAPS);
        request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, attributes);
    }

    private static java.util.Optional<String> jar(MockHttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session instanceof MockHttpSession mock && mock.getAttribute(JAR) instanceof String value
                ? java.util.Optional.of(value)
                : java.util.Optional.empty();
    }

    private static void addUnlessSent(MockHttpServletRequest request, String value) {
        Cookie[] sent = request.getCookies() == null ? new Cookie[0] : request.getCookies();
        if (Arrays.stream(sent).anyMatch(cookie -> cookie.getName().equals(HttpSessions.COOKIE))) {
            return;
        }
        request.setCookies(Stream.concat(Arrays.stream(sent), Stream.of(new Cookie(HttpSessions.COOKIE, value)))
                .toArray(Cookie[]::new));
    }
}
