package dev.minisuite.auth.user;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Limits a string's length in UTF-8 bytes rather than in characters. A {@code null} value is valid; combine it
 * with {@code @NotNull}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Utf8Length.Validator.class)
@interface Utf8Length {

    int min() default 0;

    int max() default Integer.MAX_VALUE;

    String message() default "must be between {min} and {max} bytes in UTF-8";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<Utf8Length, String> {

        private int min;
        private int max;

        @Override
        public void initialize(Utf8Length annotation) {
            this.min = annotation.min();
            this.max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (!isWellFormed(value)) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("must be valid Unicode text without unpaired surrogates")
                        .addConstraintViolation();
                return false;
            }
            int bytes = value.getBytes(StandardCharsets.UTF_8).length;
            return bytes >= min && bytes <= max;
        }

        /** Tells whether a login password could have been registered: well-formed and at most 72 bytes. */
        static boolean isAcceptablePassword(String password) {
            int bytes = password.getBytes(StandardCharsets.UTF_8).length;
            return isWellFormed(password) && bytes <= RegistrationRequest.PASSWORD_MAX_BYTES;
        }

        /** Tells whether every surrogate in the text is part of a pair, so that UTF-8 encodes it losslessly. */
        static boolean isWellFormed(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                }
                else if (Character.isSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }
}
