/**
 * minipost-service: posts written by the users that auth-service issues tokens to, with hashtags and optional
 * links to films in minifilm-service.
 */
@NullMarked
package dev.minisuite.post;

import org.jspecify.annotations.NullMarked;
