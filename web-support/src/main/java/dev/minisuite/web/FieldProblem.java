package dev.minisuite.web;

/**
 * One invalid field of a request, listed in the {@code errors} member of a 400 problem detail.
 *
 * @param field the field's JSON name or the query parameter's name
 * @param message what is wrong with its value
 */
public record FieldProblem(String field, String message) {
}
