package dev.minisuite.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Builds the problem details that the services share.
 */
public final class Problems {

    /** The name of the problem detail member that lists invalid fields. */
    public static final String ERRORS = "errors";

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private Problems() {
    }

    /** Creates a 400 problem that lists every invalid field. */
    public static ProblemDetail invalidRequest(List<FieldProblem> errors) {
        StringBuilder detail = new StringBuilder();
        for (FieldProblem error : errors) {
            detail.append(detail.isEmpty() ? "" : "; ").append(error.field()).append(' ').append(error.message());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                detail.isEmpty() ? "The request is invalid." : detail.append('.').toString());
        problem.setTitle("Invalid request");
        problem.setProperty(ERRORS, List.copyOf(errors));
        return problem;
    }

    /** Creates an exception that Spring MVC turns into a 400 problem listing every invalid field. */
    public static ErrorResponseException invalidRequestException(List<FieldProblem> errors) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, invalidRequest(errors), null);
    }

    /** Creates an exception that Spring MVC turns into a 400 problem about one field. */
    public static ErrorResponseException invalidField(String field, String message) {
        return invalidRequestException(List.of(new FieldProblem(field, message)));
    }

    /** Creates an exception that Spring MVC turns into the given status and detail. */
    public static ErrorResponseException status(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }

    /**
     * Sets {@code type} to {@code about:blank} where it is unset. RFC 9457 gives an absent {@code type} that
     * meaning, but Spring then leaves the member out, and clients that read it should not have to know the rule.
     */
    public static ProblemDetail withDefaultType(ProblemDetail problem) {
        if (problem.getType() == null) {
            problem.setType(ABOUT_BLANK);
        }
        return problem;
    }

    /** Converts a Java property name such as {@code filmName} to its JSON name, {@code film_name}. */
    public static String jsonName(String javaName) {
        StringBuilder name = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    name.append('_');
                }
                name.append(Character.toLowerCase(c));
            }
            else {
                name.append(c);
            }
        }
        return name.toString();
    }
}
