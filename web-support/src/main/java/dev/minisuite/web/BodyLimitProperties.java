package dev.minisuite.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Maximum request body sizes. A request whose body is larger gets 413 before any controller reads it.
 *
 * @param maxSize the limit for every path not listed in {@code paths}
 * @param paths exact request paths with a limit of their own, for example {@code "[/api/films/import]": 10MB}
 */
@ConfigurationProperties("minisuite.web.body")
public record BodyLimitProperties(DataSize maxSize, Map<String, DataSize> paths) {

    public BodyLimitProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(1) : maxSize;
        paths = paths == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(paths));
    }

    long limitFor(String path) {
        return paths.getOrDefault(path, maxSize).toBytes();
    }
}
