package dev.minisuite.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions on RFC 9457 problem details, shared by the services' tests.
 */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** Asserts a problem detail with the given status and no trace of server internals. */
    public static void assertProblem(HttpApi.Response response, int status) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("about:blank");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asString()).isNotBlank();
        assertThat(response.json().get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception");
        assertThat(response.body()).doesNotContain("\tat ");
    }

    /** Asserts a 400 problem whose {@code errors} member names exactly the one field. */
    public static void assertInvalidField(HttpApi.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).as(response.toString()).containsExactly(field);
        assertThat(response.body()).doesNotContain("Exception");
    }
}
