package dev.minisuite.auth.token;

import java.io.OutputStream;
import java.util.Map;

import io.jsonwebtoken.io.AbstractSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lets jjwt write token headers and claims with Jackson 3, the JSON library the services already use, instead of
 * pulling in a second JSON library. A plain mapper keeps claim names exactly as given.
 */
final class JacksonJwtSerializer extends AbstractSerializer<Map<String, ?>> {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Override
    protected void doSerialize(Map<String, ?> claims, OutputStream out) {
        mapper.writeValue(out, claims);
    }
}
