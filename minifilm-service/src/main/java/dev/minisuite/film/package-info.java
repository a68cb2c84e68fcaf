/**
 * minifilm-service: the film catalogue, with search and paging for every signed-in user, edits for ADMINs and an
 * importer for film data in the Vega movies format.
 */
@NullMarked
package dev.minisuite.film;

import org.jspecify.annotations.NullMarked;
