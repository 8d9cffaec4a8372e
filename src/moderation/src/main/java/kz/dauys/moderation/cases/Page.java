package kz.dauys.moderation.cases;

import java.util.List;

/** One page of a list: {@code page} is 0-based. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
