package kz.dauys.contract.petitions;

/**
 * Whom a petition is addressed to.
 *
 * @param level {@code CENTRAL}, {@code REGION} (oblast or city of republican significance) or {@code TOWN}
 * @param body {@code GOVERNMENT}, {@code CENTRAL_BODY}, {@code AKIMAT} or {@code MASLIKHAT}
 * @param territoryCode the territory of a local addressee (e.g. {@code KZ-75}); null for central bodies
 * @param name the addressee's name as shown
 */
public record PetitionAddressee(String level, String body, String territoryCode, String name) {
}
