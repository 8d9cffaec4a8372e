package kz.dauys.kernel.territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The immutable catalogue of Kazakhstan's territories, a tree of regions, districts and towns.
 *
 * <p>{@link #loadDefault()} reads the reference data shipped with this library
 * ({@code kz/dauys/kernel/territory/territories.csv}); {@link #load(Reader)} reads the same format
 * from elsewhere, for example data edited by an administrator. Both validate the whole file and
 * reject it with a {@link TerritoryDataException} that names the offending line.
 *
 * <p>Methods that take a code throw {@link UnknownTerritoryException} for a code that is not in
 * the catalogue, so a typo does not pass silently as "not contained". Lists keep file order.
 */
public final class TerritoryCatalog {

    static final String DEFAULT_RESOURCE = "territories.csv";

    private final List<Territory> all;
    private final Map<String, Territory> byCode;
    private final Map<String, List<Territory>> childrenByCode;

    private TerritoryCatalog(List<Territory> territories) {
        this.all = List.copyOf(territories);
        Map<String, Territory> codes = new LinkedHashMap<>();
        Map<String, List<Territory>> children = new LinkedHashMap<>();
        for (Territory territory : territories) {
            codes.put(territory.code(), territory);
            children.put(territory.code(), new ArrayList<>());
        }
        for (Territory territory : territories) {
            if (territory.parentCode() != null) {
                children.get(territory.parentCode()).add(territory);
            }
        }
        children.replaceAll((code, list) -> List.copyOf(list));
        this.byCode = Collections.unmodifiableMap(codes);
        this.childrenByCode = Collections.unmodifiableMap(children);
    }

    /** The reference data shipped with this library, read once and shared. */
    public static TerritoryCatalog loadDefault() {
        return DefaultHolder.CATALOG;
    }

    /**
     * Reads a catalogue in the CSV format of the shipped data: header
     * {@code code;parent_code;kind;name_kk;name_ru;name_en;population}, {@code #} comments.
     *
     * @throws TerritoryDataException when the data is malformed or inconsistent
     */
    public static TerritoryCatalog load(Reader source) {
        return new TerritoryCatalog(TerritoryCsv.read(source));
    }

    /** The territory with this code, if any. */
    public Optional<Territory> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The territory with this code. */
    public Territory require(String code) {
        Territory territory = byCode.get(code);
        if (territory == null) {
            throw new UnknownTerritoryException(code);
        }
        return territory;
    }

    /** Every territory, in file order. */
    public List<Territory> all() {
        return all;
    }

    /** The top-level regions: oblasts and cities of republican significance. */
    public List<Territory> regions() {
        return all.stream().filter(Territory::isRegion).toList();
    }

    /** The territories directly under {@code code}. */
    public List<Territory> children(String code) {
        require(code);
        return childrenByCode.get(code);
    }

    /** Whether {@code code} is {@code ancestorCode} itself or lies anywhere beneath it. */
    public boolean contains(String ancestorCode, String code) {
        require(ancestorCode);
        for (Territory current = require(code); current != null; current = parentOf(current)) {
            if (current.code().equals(ancestorCode)) {
                return true;
            }
        }
        return false;
    }

    /** The top-level region that {@code code} belongs to (a region is its own region). */
    public Territory region(String code) {
        Territory current = require(code);
        while (current.parentCode() != null) {
            current = parentOf(current);
        }
        return current;
    }

    private Territory parentOf(Territory territory) {
        return territory.parentCode() == null ? null : byCode.get(territory.parentCode());
    }

    private static final class DefaultHolder {
        static final TerritoryCatalog CATALOG = readDefault();

        private static TerritoryCatalog readDefault() {
            try (InputStream in = TerritoryCatalog.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
                }
                return load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
            }
        }
    }
}
