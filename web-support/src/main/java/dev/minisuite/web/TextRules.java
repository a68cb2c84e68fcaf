package dev.minisuite.web;

import org.jspecify.annotations.Nullable;

/**
 * The characters that text fields and filters reject. These are the control characters (Unicode category Cc,
 * the C0 and C1 ranges) and the bidirectional embedding, override and isolate characters U+202A to U+202E and
 * U+2066 to U+2069, which reorder how the text around them is displayed. Other format characters, such as the
 * zero-width joiner in emoji sequences, are allowed. Multi-line text may also contain tab, line feed and carriage
 * return.
 */
public final class TextRules {

    public static final String CONTROL_CHARACTERS = "must not contain control characters";
    public static final String MULTI_LINE_CONTROL_CHARACTERS = "must not contain control characters other than tab, line "
            + "feed and carriage return";
    public static final String BIDI_CONTROLS = "must not contain bidirectional override or isolate characters "
            + "(U+202A to U+202E, U+2066 to U+2069)";

    private TextRules() {
    }

    /** Returns the problem with a single-line text, or {@code null} when it contains no rejected character. */
    public static @Nullable String singleLineProblem(String value) {
        return problem(value, false);
    }

    /** Returns the problem with a multi-line text, or {@code null} when it contains no rejected character. */
    public static @Nullable String multiLineProblem(String value) {
        return problem(value, true);
    }

    private static @Nullable String problem(String value, boolean multiLine) {
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (Character.getType(codePoint) == Character.CONTROL && !(multiLine && isLineControl(codePoint))) {
                return multiLine ? MULTI_LINE_CONTROL_CHARACTERS : CONTROL_CHARACTERS;
            }
            if (isBidiControl(codePoint)) {
                return BIDI_CONTROLS;
            }
            i += Character.charCount(codePoint);
        }
        return null;
    }

    /** Tells whether the text contains a control character, for query filters. */
    public static boolean hasControlCharacter(String value) {
        return value.codePoints().anyMatch(codePoint -> Character.getType(codePoint) == Character.CONTROL);
    }

    private static boolean isLineControl(int codePoint) {
        return codePoint == '\t' || codePoint == '\n' || codePoint == '\r';
    }

    private static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}
