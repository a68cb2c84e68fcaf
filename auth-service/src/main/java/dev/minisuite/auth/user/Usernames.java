package dev.minisuite.auth.user;

/**
 * The characters a username may contain. Posts show the username as their author, so it must read as what it is:
 * letters with their combining marks, digits, spaces, {@code .}, {@code _} and {@code -}, in any script.
 * Characters that display as nothing are excluded, even where Unicode classes them as letters or marks.
 *
 * <p>NOTE: names that only look alike across scripts, such as a Cyrillic "а" in place of a Latin "a", are
 * accepted; telling them apart needs Unicode's confusable-character data, which the service does not ship.
 */
final class Usernames {

    /**
     * Letters, marks, digits and {@code . _ -} or space, but none of the Unicode default-ignorable characters that
     * fall into those classes: the combining grapheme joiner U+034F, the Hangul fillers U+115F, U+1160, U+3164 and
     * U+FFA0, the Khmer vowels U+17B4 and U+17B5, and the variation selectors.
     */
    static final String ALLOWED = "(?:(?![\\u034F\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u3164\\uFE00-\\uFE0F"
            + "\\uFFA0\\x{E0100}-\\x{E01EF}])[\\p{L}\\p{M}\\p{N}._ -])*";

    static final String ALLOWED_MESSAGE = "may contain only letters, digits, spaces, '.', '_' and '-'";

    private Usernames() {
    }
}
