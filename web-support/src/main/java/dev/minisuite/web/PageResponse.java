package dev.minisuite.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list endpoint: the items and where the page sits in the whole result.
 */
public record PageResponse<T>(List<T> content, PageMetadata page) {

    /** Position of a page in the whole result; {@code number} counts from 0. */
    public record PageMetadata(int number, int size, long totalElements, int totalPages) {
    }

    public static <S, T> PageResponse<T> of(Page<S> page, Function<? super S, ? extends T> mapper) {
        List<T> content = page.getContent().stream().<T>map(mapper).toList();
        return new PageResponse<>(content,
                new PageMetadata(page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages()));
    }
}
