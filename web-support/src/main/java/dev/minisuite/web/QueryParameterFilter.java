package dev.minisuite.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects with 400 a query string that is not valid percent-encoded UTF-8, and query parameters that contain
 * control characters. Tomcat reports the first case only when a parameter is read, as an exception that would
 * otherwise become a 500, and MongoDB cannot store a NUL character in a query.
 */
final class QueryParameterFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(QueryParameterFilter.class);

    private final ProblemWriter writer;

    QueryParameterFilter(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getQueryString() == null) {
            chain.doFilter(request, response);
            return;
        }
        String problem = findProblem(request);
        if (problem != null) {
            log.info("Rejected {} {}: 400 {}", request.getMethod(), request.getRequestURI(), problem);
            writer.write(response, HttpStatus.BAD_REQUEST, problem);
            return;
        }
        chain.doFilter(request, response);
    }

    private static @Nullable String findProblem(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        }
        catch (RuntimeException ex) {
            return "The query string is not valid percent-encoded UTF-8.";
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (hasControlCharacter(parameter.getKey())) {
                return "A query parameter name contains a control character.";
            }
            for (String value : parameter.getValue()) {
                if (hasControlCharacter(value)) {
                    return "Query parameter '" + parameter.getKey() + "' contains a control character.";
                }
            }
        }
        return null;
    }

    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
