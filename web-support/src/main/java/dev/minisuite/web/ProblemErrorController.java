package dev.minisuite.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Handles the servlet container's error dispatch with a problem detail instead of Spring Boot's default error
 * body. It runs for errors raised outside Spring MVC, such as a status sent by a filter, and never exposes the
 * exception or its message.
 */
@RestController
@Hidden
final class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        ProblemDetail problem = Problems.withDefaultType(ProblemDetail.forStatusAndDetail(status, detailFor(status)));
        problem.setInstance(requestedPath(request));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Returns the path the client requested, not the error dispatch's, or null when it is no valid URI. */
    private static @Nullable URI requestedPath(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            try {
                return URI.create(path);
            }
            catch (IllegalArgumentException malformed) {
                return null;
            }
        }
        return null;
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            // A client asked for the error path itself; there is no error to report.
            return HttpStatus.NOT_FOUND;
        }
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String detailFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "No endpoint matches this path.";
            case BAD_REQUEST -> "The request could not be parsed.";
            case CONTENT_TOO_LARGE -> "The request body is too large.";
            default -> status.is5xxServerError()
                    ? "The server failed to process the request. Quote the X-Request-Id response header when reporting it."
                    : status.getReasonPhrase() + ".";
        };
    }
}
