package dev.minisuite.film.catalog;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Merge Patch (RFC 7396): a member set to {@code null} removes the target's member, an object is merged
 * member by member, and any other value replaces the target's value.
 */
final class MergePatch {

    private MergePatch() {
    }

    /** Returns the patched document and leaves both arguments unchanged. */
    static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target.isObject() ? (ObjectNode) target.deepCopy() : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            String name = member.getKey();
            JsonNode value = member.getValue();
            if (value.isNull()) {
                result.remove(name);
            }
            else {
                JsonNode current = result.get(name);
                result.set(name, apply(current == null ? JsonNodeFactory.instance.missingNode() : current, value));
            }
        }
        return result;
    }
}
