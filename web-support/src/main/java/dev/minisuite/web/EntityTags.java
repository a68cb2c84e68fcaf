package dev.minisuite.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Strong entity tags derived from a document's version counter, and the {@code If-Match} check built on them.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** Returns the quoted entity tag for a version, for example {@code "3"}. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Throws a 412 problem unless {@code ifMatch} is absent, {@code *}, or lists the tag of {@code version}.
     * Weak tags never match, since {@code If-Match} uses strong comparison (RFC 9110, section 13.1.1).
     */
    public static void checkIfMatch(@Nullable String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = of(version);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw Problems.status(HttpStatus.PRECONDITION_FAILED, "If-Match " + ifMatch.strip()
                + " does not match the current version " + current + ". Read the resource again and retry.");
    }
}
