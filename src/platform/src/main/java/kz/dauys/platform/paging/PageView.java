package kz.dauys.platform.paging;

import java.util.List;

/** One page of a longer list. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
