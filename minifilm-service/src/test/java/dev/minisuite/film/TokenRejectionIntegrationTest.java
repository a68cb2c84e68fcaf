package dev.minisuite.film;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.Json;
import dev.minisuite.testsupport.TokenRejectionContract;
import org.junit.jupiter.api.Test;

@FilmIntegrationTest
class TokenRejectionIntegrationTest extends TokenRejectionContract {

    @Override
    protected String readableEndpoint() {
        return "/api/films";
    }

    @Test
    void userTokenOnAdminEndpointIsForbidden() {
        HttpApi.Response response = api().post("/api/films", Json.object("film_name", "Forbidden Film"),
                HttpApi.bearer(tokens().user(SUBJECT, "reader")));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
