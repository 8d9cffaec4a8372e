package kz.dauys.platform.paging;

import kz.dauys.platform.problem.ProblemException;

/** Page number and size from query parameters, checked: page 0 or more (default 0), size 1 to {@link #MAX_SIZE} (default 20). */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;

    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            throw ProblemException.invalidField("page", "page must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalidField("size", "size must be between 1 and " + MAX_SIZE);
        }
        return new Paging(p, s);
    }
}
