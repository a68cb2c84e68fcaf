/**
 * Posts: creating, listing, reading, changing and deleting them, with the author taken from the access token.
 */
@NullMarked
package dev.minisuite.post.posts;

import org.jspecify.annotations.NullMarked;
