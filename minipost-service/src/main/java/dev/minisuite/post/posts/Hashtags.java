package dev.minisuite.post.posts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The rules for hashtags. A tag is 1 to 50 letters, digits or underscores, may be sent with a leading {@code #},
 * and is stored without it in the case the client sent. Tags are compared ignoring case.
 */
final class Hashtags {

    static final int MAX_COUNT = 10;
    static final int MAX_LENGTH = 50;

    /** Letters with their combining marks, decimal digits and {@code _}, in any script. */
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}_]+");

    private Hashtags() {
    }

    /** Returns the tag without surrounding whitespace and its leading {@code #}, valid or not. */
    static String normalize(String raw) {
        String tag = raw.strip();
        return tag.startsWith("#") ? tag.substring(1) : tag;
    }

    /** Describes what is wrong with a tag, or returns {@code null} when it is valid. */
    static @Nullable String problem(String raw) {
        String tag = normalize(raw);
        int length = tag.codePointCount(0, tag.length());
        if (length == 0) {
            return "must have 1 to " + MAX_LENGTH + " characters after the optional #, but was '" + shown(raw) + "'";
        }
        if (length > MAX_LENGTH) {
            return "must have at most " + MAX_LENGTH + " characters, but '" + shown(raw) + "' has " + length;
        }
        if (!TAG.matcher(tag).matches()) {
            return "may contain only letters, digits and _, but was '" + shown(raw) + "'";
        }
        return null;
    }

    /**
     * Returns the form that queries match on: Unicode compatibility forms folded (NFKC, so a full-width tag
     * equals its ASCII twin) and lower-cased with the root locale.
     */
    static String matchKey(String tag) {
        return Normalizer.normalize(tag, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Shortens a tag that a message echoes, since a rejected tag may be very long. */
    private static String shown(String raw) {
        return raw.length() <= 60 ? raw : raw.substring(0, 60) + "...";
    }

    /** Drops every tag whose match key an earlier tag has, keeping the first in its case. */
    static List<String> distinct(List<String> tags) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> distinctTags = new ArrayList<>();
        for (String tag : tags) {
            if (seen.add(matchKey(tag))) {
                distinctTags.add(tag);
            }
        }
        return List.copyOf(distinctTags);
    }

    static List<String> matchKeys(List<String> tags) {
        return tags.stream().map(Hashtags::matchKey).toList();
    }
}
