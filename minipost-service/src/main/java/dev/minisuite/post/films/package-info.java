/**
 * The client that asks minifilm-service whether a film exists, so that a post can only name a real film.
 */
@NullMarked
package dev.minisuite.post.films;

import org.jspecify.annotations.NullMarked;
