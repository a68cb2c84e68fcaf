package dev.minisuite.security;

import java.io.IOException;

import dev.minisuite.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Responds to an authenticated request that lacks the required role with 403 and a problem detail.
 */
public final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAccessDeniedHandler.class);

    private final ProblemWriter writer;

    public ProblemAccessDeniedHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                "Bearer realm=\"minisuite\", error=\"insufficient_scope\", error_description=\"A role is missing\"");
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        log.info("Rejected {} {}: 403 for user {}", request.getMethod(), request.getRequestURI(),
                authentication == null ? "unknown" : authentication.getName());
        writer.write(response, HttpStatus.FORBIDDEN, "Your roles do not allow this request.");
    }
}
