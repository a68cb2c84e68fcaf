package dev.minisuite.auth.user;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A registration that collides with an existing account's e-mail address or username; clients get 409. */
final class AccountConflictException extends ErrorResponseException {

    enum Field {
        EMAIL("An account with this e-mail address exists already."),
        USERNAME("This username is taken; choose another.");

        private final String detail;

        Field(String detail) {
            this.detail = detail;
        }
    }

    private final Field field;

    AccountConflictException(Field field) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, field.detail), null);
        this.field = field;
    }

    Field field() {
        return field;
    }
}
