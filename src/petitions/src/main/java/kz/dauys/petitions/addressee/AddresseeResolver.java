package kz.dauys.petitions.addressee;

import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.contract.LocalizedText;
import kz.dauys.petitions.PetitionsConfig;
import kz.dauys.petitions.reference.CentralBody;
import kz.dauys.petitions.reference.TerritoryEntry;
import kz.dauys.platform.problem.ProblemException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an addressee against the law and works out its threshold: a fixed figure for central bodies
 * and towns, a percentage of the current population for regions (all figures from configuration,
 * populations from the territory reference data).
 */
@ApplicationScoped
public class AddresseeResolver {

    private final PetitionsConfig.Thresholds thresholds;

    AddresseeResolver(PetitionsConfig config) {
        this.thresholds = config.thresholds();
    }

    /**
     * @param level the level asked for
     * @param body the body asked for
     * @param code the central body's code (central level only)
     * @param territoryCode the territory (local levels only)
     */
    public Addressee resolve(AddresseeLevel level, AddresseeBody body, String code, String territoryCode) {
        if (level == null) {
            throw ProblemException.invalidField("addressee.level", "choose CENTRAL, REGION or TOWN");
        }
        if (body == null) {
            throw ProblemException.invalidField("addressee.body", "choose GOVERNMENT, CENTRAL_BODY, AKIMAT or MASLIKHAT");
        }
        return switch (level) {
            case CENTRAL -> central(body, code);
            case REGION, TOWN -> local(level, body, territoryCode);
        };
    }

    private Addressee central(AddresseeBody body, String code) {
        if (!body.isCentral()) {
            throw ProblemException.invalidField("addressee.body", "a central addressee is the Government or a central state body");
        }
        String wanted = body == AddresseeBody.GOVERNMENT && (code == null || code.isBlank()) ? "GOVERNMENT" : code;
        CentralBody central = wanted == null ? null : CentralBody.findById(wanted);
        if (central == null || !central.body.equals(body.name())) {
            throw ProblemException.invalidField("addressee.code", "unknown central body: " + wanted);
        }
        return new Addressee(AddresseeLevel.CENTRAL, body, central.code, null,
                new LocalizedText(central.nameKk, central.nameRu, central.nameEn), thresholds.central());
    }

    private Addressee local(AddresseeLevel level, AddresseeBody body, String territoryCode) {
        if (body.isCentral()) {
            throw ProblemException.invalidField("addressee.body", "a local addressee is an AKIMAT or a MASLIKHAT");
        }
        TerritoryEntry territory = territoryCode == null ? null : TerritoryEntry.findById(territoryCode);
        if (territory == null) {
            throw ProblemException.invalidField("addressee.territoryCode", "unknown territory: " + territoryCode);
        }
        if (level == AddresseeLevel.REGION && !territory.isRegion()) {
            throw ProblemException.invalidField("addressee.territoryCode",
                    territoryCode + " is not an oblast or a city of republican significance");
        }
        if (level == AddresseeLevel.TOWN && (!"TOWN".equals(territory.kind) || territory.population <= thresholds.townMinPopulation())) {
            throw ProblemException.invalidField("addressee.territoryCode", territoryCode
                    + " is not a town of more than " + thresholds.townMinPopulation() + " people");
        }
        return new Addressee(level, body, null, territory.code, localName(body, territory), threshold(level, body, territory.population));
    }

    /** The threshold for a local body of a territory with this population. */
    public long threshold(AddresseeLevel level, AddresseeBody body, long population) {
        return switch (level) {
            case CENTRAL -> thresholds.central();
            case REGION -> percentOf(population, body == AddresseeBody.AKIMAT
                    ? thresholds.regionAkimatPercent() : thresholds.regionMaslikhatPercent());
            case TOWN -> body == AddresseeBody.AKIMAT ? thresholds.townAkimat() : thresholds.townMaslikhat();
        };
    }

    /** Every addressee a petition about this territory could have (its region's and its own bodies). */
    public List<Addressee> localAddressees(TerritoryEntry territory) {
        List<Addressee> options = new ArrayList<>();
        AddresseeLevel level = territory.isRegion() ? AddresseeLevel.REGION
                : "TOWN".equals(territory.kind) && territory.population > thresholds.townMinPopulation() ? AddresseeLevel.TOWN : null;
        if (level != null) {
            for (AddresseeBody body : List.of(AddresseeBody.AKIMAT, AddresseeBody.MASLIKHAT)) {
                options.add(new Addressee(level, body, null, territory.code, localName(body, territory),
                        threshold(level, body, territory.population)));
            }
        }
        return options;
    }

    private static long percentOf(long population, BigDecimal percent) {
        return Math.max(1, BigDecimal.valueOf(population).multiply(percent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact());
    }

    private static LocalizedText localName(AddresseeBody body, TerritoryEntry territory) {
        return body == AddresseeBody.AKIMAT
                ? new LocalizedText(territory.nameKk + " әкімдігі", "Акимат: " + territory.nameRu, "Akimat of " + territory.nameEn)
                : new LocalizedText(territory.nameKk + " мәслихаты", "Маслихат: " + territory.nameRu, "Maslikhat of " + territory.nameEn);
    }
}
