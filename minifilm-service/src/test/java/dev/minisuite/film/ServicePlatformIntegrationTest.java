package dev.minisuite.film;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.ServicePlatformContract;
import dev.minisuite.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@FilmIntegrationTest
class ServicePlatformIntegrationTest extends ServicePlatformContract {

    /** Returns an administrator's token, because writes to the films collection need role ADMIN. */
    @Override
    protected String token() {
        return TestTokens.shared().admin("000000000000000000000002", "admin");
    }

    @Override
    protected String jsonEndpoint() {
        return "/api/films";
    }

    @Override
    protected String protectedEndpoint() {
        return "/api/films";
    }

    @Test
    void openApiDocumentsEveryFilmsPath() {
        HttpApi.Response response = api().get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("paths").propertyNames())
                .contains("/api/films", "/api/films/{id}", "/api/films/import");
    }

    @Test
    void openApiDocumentsEveryFilmsOperation() {
        var paths = api().get("/v3/api-docs").json().get("paths");

        assertThat(paths.get("/api/films").propertyNames()).contains("get", "post");
        assertThat(paths.get("/api/films/{id}").propertyNames()).contains("get", "put", "patch", "delete");
        assertThat(paths.get("/api/films/import").propertyNames()).contains("post");
    }

    @Test
    void openApiHidesServerSetRequestFields() {
        var schemas = api().get("/v3/api-docs").json().at("/components/schemas/FilmRequest/properties");

        assertThat(schemas.propertyNames()).contains("film_name");
        assertThat(schemas.propertyNames()).doesNotContain("id", "created_at", "updated_at");
    }

    @Test
    void openApiNamesResponseFieldsInSnakeCase() {
        var properties = api().get("/v3/api-docs").json().at("/components/schemas/FilmResponse/properties");

        assertThat(properties.propertyNames()).contains("film_name", "release_date", "created_at", "updated_at");
        assertThat(properties.propertyNames()).doesNotContain("filmName", "version");
    }
}
