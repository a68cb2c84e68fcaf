/**
 * Gives integration tests a MongoDB: a Testcontainers container where a Docker engine responds, the in-process
 * mongo-java-server everywhere else.
 */
@NullMarked
package dev.minisuite.testsupport;

import org.jspecify.annotations.NullMarked;
