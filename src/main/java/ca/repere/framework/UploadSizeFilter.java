package ca.repere.framework;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Turns back an upload larger than {@code spring.servlet.multipart.max-request-size} before anything
 * reads it: the person is sent back to the page they posted from, with a message in their
 * language. Left to the servlet container, the first filter that reads a request parameter (the
 * CSRF check) would make Tomcat refuse the request with a bare "413" page, before Spring MVC
 * could raise its {@code MaxUploadSizeExceededException}. A request that does not announce its
 * length still meets Tomcat's own limit.
 *
 * <p>Right after Spring Session's filter, so that the message lands in the person's session (in the
 * database), not in a session of the servlet container's own, whose cookie would replace theirs.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class UploadSizeFilter extends OncePerRequestFilter {

    static final String MESSAGE = "upload.tooLarge";

    private final long maxRequestBytes;
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return maxRequestBytes < 0
                || !"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= maxRequestBytes) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        FlashMap flash = new FlashMap();
        flash.put("flashError", MESSAGE);
        flash.setTargetRequestPath(request.getRequestURI());
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + path));
    }
}
