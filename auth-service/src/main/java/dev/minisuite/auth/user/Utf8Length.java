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
            int bytes = value.getBytes(StandardCharsets.UTF_8).length;
            return bytes >= min && bytes <= max;
        }
    }
}
