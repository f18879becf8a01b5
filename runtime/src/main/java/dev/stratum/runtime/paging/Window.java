package dev.stratum.runtime.paging;

import java.util.List;
import java.util.function.Function;

/**
 * The rows of one keyset page, before its cursor is signed.
 *
 * @param items   this page's items, in order
 * @param hasMore whether another page follows the last item
 */
public record Window<T>(List<T> items, boolean hasMore) {

    public Window {
        items = List.copyOf(items);
    }

    /** The page of {@code request} from rows read with {@link KeysetRequest#limit()}: the extra row only says more follow. */
    public static <T> Window<T> of(List<T> rows, KeysetRequest<?> request) {
        boolean hasMore = rows.size() > request.size();
        return new Window<>(hasMore ? rows.subList(0, request.size()) : rows, hasMore);
    }

    /** This window with every item converted, e.g. from entity to response. */
    public <R> Window<R> map(Function<? super T, ? extends R> mapper) {
        return new Window<>(items.stream().<R>map(mapper).toList(), hasMore);
    }

    /** The last item, the one a next cursor continues after. */
    public T last() {
        return items.get(items.size() - 1);
    }
}
