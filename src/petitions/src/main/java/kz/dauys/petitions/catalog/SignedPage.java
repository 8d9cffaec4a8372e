package kz.dauys.petitions.catalog;

import java.util.List;

/** One page of the petitions a person signed. */
public record SignedPage(List<SignedPetition> items, int page, int size, long total) {
}
