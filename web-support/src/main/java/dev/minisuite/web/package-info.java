/**
 * Web conventions that every MiniSuite service shares: RFC 9457 problem details for every error, snake_case JSON
 * that rejects unknown fields, request body limits, request ids, paging and conditional requests.
 */
@NullMarked
package dev.minisuite.web;

import org.jspecify.annotations.NullMarked;
