/**
 * Runs the whole suite on one machine without Docker: an embedded MongoDB-compatible store and the three service
 * jars as child processes, on the same ports and with the same per-service databases as the compose deployment.
 */
@NullMarked
package dev.minisuite.launcher;

import org.jspecify.annotations.NullMarked;
