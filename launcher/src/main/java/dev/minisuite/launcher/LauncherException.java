package dev.minisuite.launcher;

/** A start-up failure whose message is the whole explanation for the user; it is printed without a stack trace. */
final class LauncherException extends RuntimeException {

    LauncherException(String message) {
        super(message);
    }

    LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
