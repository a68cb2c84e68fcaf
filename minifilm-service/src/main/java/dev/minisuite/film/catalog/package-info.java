/**
 * The film resource: storage, indexes, validation, search, conditional updates and the batch writes that the
 * importer uses.
 */
@NullMarked
package dev.minisuite.film.catalog;

import org.jspecify.annotations.NullMarked;
