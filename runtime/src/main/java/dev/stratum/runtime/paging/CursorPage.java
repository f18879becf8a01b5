package dev.stratum.runtime.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One keyset page as a client receives it.
 *
 * @param items this page's items, in order
 * @param next  the cursor of the following page; null (and absent from the JSON) on the last page
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CursorPage<T>(List<T> items, String next) {

    public CursorPage {
        items = List.copyOf(items);
    }
}
