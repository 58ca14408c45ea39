package org.masswork.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with what a client needs to fetch the others. */
public record Page<T>(
        @Schema(maxItems = PageQuery.MAX_SIZE) List<T> items,
        @Schema(minimum = "0", maximum = "100000") int page,
        @Schema(minimum = "1", maximum = "100") int size,
        @Schema(minimum = "0", maximum = "1000000000") long totalItems,
        @Schema(minimum = "0", maximum = "1000000000") int totalPages) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageQuery request, Function<E, T> toView) {
        PanacheQuery<E> page = query.page(request.page, request.size);
        long total = page.count();
        List<T> items = page.list().stream().map(toView).toList();
        return new Page<>(items, request.page, request.size, total, (int) ((total + request.size - 1) / request.size));
    }
}
