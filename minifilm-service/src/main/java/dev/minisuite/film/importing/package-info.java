/**
 * Imports films from JSON in the Vega movies format, through the import endpoint or from a seed file at start-up.
 */
@NullMarked
package dev.minisuite.film.importing;

import org.jspecify.annotations.NullMarked;
