package dev.minisuite.film.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Cases from the examples of RFC 7396, appendix A. */
class MergePatchTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static String apply(String target, String patch) {
        return MergePatch.apply(JSON.readTree(target), JSON.readTree(patch)).toString();
    }

    @Test
    void replacesMember() {
        assertThat(apply("{\"a\":\"b\"}", "{\"a\":\"c\"}")).isEqualTo("{\"a\":\"c\"}");
    }

    @Test
    void addsMember() {
        assertThat(apply("{\"a\":\"b\"}", "{\"b\":\"c\"}")).isEqualTo("{\"a\":\"b\",\"b\":\"c\"}");
    }

    @Test
    void nullRemovesMember() {
        assertThat(apply("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}")).isEqualTo("{\"b\":\"c\"}");
    }

    @Test
    void mergesNestedObjects() {
        assertThat(apply("{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}"))
                .isEqualTo("{\"a\":{\"b\":\"d\"}}");
    }

    @Test
    void replacesArraysWhole() {
        assertThat(apply("{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[1]}")).isEqualTo("{\"a\":[1]}");
    }

    @Test
    void nonObjectPatchReplacesTarget() {
        assertThat(apply("{\"a\":\"foo\"}", "[\"c\"]")).isEqualTo("[\"c\"]");
    }

    @Test
    void leavesArgumentsUnchanged() {
        JsonNode target = JSON.readTree("{\"a\":\"b\"}");
        JsonNode patch = JSON.readTree("{\"a\":null}");

        MergePatch.apply(target, patch);

        assertThat(target.toString()).isEqualTo("{\"a\":\"b\"}");
        assertThat(patch.toString()).isEqualTo("{\"a\":null}");
    }
}
