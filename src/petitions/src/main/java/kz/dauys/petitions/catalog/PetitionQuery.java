package kz.dauys.petitions.catalog;

import kz.dauys.petitions.petition.PetitionState;

import java.util.Set;

/**
 * Filters of the public list.
 *
 * @param states states wanted (only publicly listed ones are ever returned)
 * @param territory a territory code: petitions to its bodies and to bodies of territories inside it
 * @param text words to find in any language
 * @param sort {@code signatures}, {@code newest} or {@code closing}
 */
public record PetitionQuery(Set<PetitionState> states, String level, String topic, String territory, String text,
                            String sort) {
}
