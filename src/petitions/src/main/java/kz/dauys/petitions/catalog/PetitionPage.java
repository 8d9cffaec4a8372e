package kz.dauys.petitions.catalog;

import java.util.List;

/** One page of a petition list. */
public record PetitionPage(List<PetitionSummary> items, int page, int size, long total) {
}
