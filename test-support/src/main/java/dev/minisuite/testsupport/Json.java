package dev.minisuite.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Builds JSON request bodies in tests without string concatenation. */
public final class Json {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Json() {
    }

    /** Writes alternating keys and values as a JSON object; a {@code null} value is written as JSON null. */
    public static String object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return JSON.writeValueAsString(map);
    }

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }
}
