package dev.stratum.runtime.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with what a client needs to fetch the others.
 *
 * @param items      this page's items, in order
 * @param page       zero-based page number
 * @param size       the requested page size (the last page may hold fewer items)
 * @param totalItems how many items the whole list holds
 * @param totalPages how many pages of {@code size} the whole list fills
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public Page {
        items = List.copyOf(items);
    }

    /** The page {@code request} selected from a list of {@code totalItems}. */
    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return new Page<>(items, request.page(), request.size(), totalItems, pageCount(totalItems, request.size()));
    }

    /** This page with every item converted, e.g. from entity to response. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        List<R> mapped = items.stream().<R>map(mapper).toList();
        return new Page<>(mapped, page, size, totalItems, totalPages);
    }

    private static int pageCount(long totalItems, int size) {
        long pages = totalItems / size + (totalItems % size == 0 ? 0 : 1);
        return (int) Math.min(pages, Integer.MAX_VALUE);
    }
}
