package kz.dauys.kernel.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TerritoryCatalogTest {

    private final TerritoryCatalog catalog = TerritoryCatalog.loadDefault();

    @Test
    void hasSeventeenOblastsAndThreeCitiesOfRepublicanSignificance() {
        List<Territory> regions = catalog.regions();

        assertThat(regions).hasSize(20);
        assertThat(regions).filteredOn(t -> t.kind() == TerritoryKind.OBLAST).hasSize(17);
        assertThat(regions).filteredOn(t -> t.kind() == TerritoryKind.CITY_REPUBLICAN)
                .extracting(Territory::nameEn)
                .containsExactly("Astana", "Almaty", "Shymkent");
        assertThat(regions).extracting(Territory::code).containsExactly(
                "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35", "KZ-39",
                "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79");
    }

    @Test
    void everyRegionHasChildrenAndEveryOblastHasDistrictsAndATown() {
        for (Territory region : catalog.regions()) {
            List<Territory> children = catalog.children(region.code());
            assertThat(children).as(region.nameEn()).isNotEmpty();
            if (region.kind() == TerritoryKind.OBLAST) {
                assertThat(children).as(region.nameEn())
                        .anyMatch(t -> t.kind() == TerritoryKind.DISTRICT)
                        .anyMatch(t -> t.kind() == TerritoryKind.TOWN);
            } else {
                assertThat(children).as(region.nameEn()).allMatch(t -> t.kind() == TerritoryKind.CITY_DISTRICT);
            }
        }
        assertThat(catalog.all()).hasSizeGreaterThan(200);
    }

    @Test
    void almatyHasItsEightCityDistricts() {
        assertThat(catalog.children("KZ-75")).extracting(Territory::nameEn).containsExactlyInAnyOrder(
                "Alatau District", "Almaly District", "Auezov District", "Bostandyk District",
                "Zhetysu District", "Medeu District", "Nauryzbay District", "Turksib District");
    }

    @Test
    void astanaAndShymkentHaveTheirCityDistricts() {
        assertThat(catalog.children("KZ-71")).extracting(Territory::code).contains(
                "KZ-71-ALMATY", "KZ-71-BAIKONYR", "KZ-71-YESIL", "KZ-71-SARYARKA", "KZ-71-NURA");
        assertThat(catalog.children("KZ-79")).extracting(Territory::code).containsExactlyInAnyOrder(
                "KZ-79-ABAY", "KZ-79-AL_FARABI", "KZ-79-ENBEKSHI", "KZ-79-KARATAU", "KZ-79-TURAN");
    }

    @ParameterizedTest
    @CsvSource({
        "KZ-11-KOKSHETAU, Kokshetau, KZ-11", "KZ-15-AKTOBE, Aktobe, KZ-15", "KZ-31-TARAZ, Taraz, KZ-31",
        "KZ-35-KARAGANDA, Karaganda, KZ-35", "KZ-35-TEMIRTAU, Temirtau, KZ-35",
        "KZ-55-PAVLODAR, Pavlodar, KZ-55", "KZ-55-EKIBASTUZ, Ekibastuz, KZ-55",
        "KZ-63-OSKEMEN, Oskemen (Ust-Kamenogorsk), KZ-63", "KZ-10-SEMEY, Semey, KZ-10",
        "KZ-39-KOSTANAY, Kostanay, KZ-39", "KZ-39-RUDNY, Rudny, KZ-39", "KZ-43-KYZYLORDA, Kyzylorda, KZ-43",
        "KZ-47-AKTAU, Aktau, KZ-47", "KZ-47-ZHANAOZEN, Zhanaozen, KZ-47", "KZ-23-ATYRAU, Atyrau, KZ-23",
        "KZ-27-ORAL, Oral (Uralsk), KZ-27", "KZ-59-PETROPAVL, Petropavl, KZ-59",
        "KZ-61-TURKESTAN, Turkestan, KZ-61", "KZ-33-TALDYKORGAN, Taldykorgan, KZ-33",
        "KZ-19-KONAEV, Konaev, KZ-19", "KZ-62-ZHEZKAZGAN, Zhezkazgan, KZ-62", "KZ-62-SATBAYEV, Satbayev, KZ-62",
        "KZ-35-BALKHASH, Balkhash, KZ-35",
    })
    void majorTownsAreTownsOfTheirOblast(String code, String nameEn, String regionCode) {
        Territory town = catalog.require(code);

        assertThat(town.kind()).isEqualTo(TerritoryKind.TOWN);
        assertThat(town.nameEn()).isEqualTo(nameEn);
        assertThat(town.parentCode()).isEqualTo(regionCode);
        assertThat(catalog.region(code).code()).isEqualTo(regionCode);
    }

    @Test
    void lookupsByCode() {
        Territory bostandyk = catalog.require("KZ-75-BOSTANDYK");

        assertThat(bostandyk.kind()).isEqualTo(TerritoryKind.CITY_DISTRICT);
        assertThat(bostandyk.parentCode()).isEqualTo("KZ-75");
        assertThat(bostandyk.nameKk()).isEqualTo("Бостандық ауданы");
        assertThat(bostandyk.nameRu()).isEqualTo("Бостандыкский район");
        assertThat(bostandyk.population()).isPositive();
        assertThat(catalog.find("KZ-75-BOSTANDYK")).contains(bostandyk);
        assertThat(catalog.find("KZ-75-NOWHERE")).isEmpty();
        assertThat(catalog.require("KZ-19-TALGAR").kind()).isEqualTo(TerritoryKind.DISTRICT);
        assertThat(catalog.require("KZ-71-YESIL").nameEn()).isEqualTo("Yesil District");
    }

    @Test
    void unknownCodesAreRejectedByEveryCodeTakingMethod() {
        assertThatThrownBy(() -> catalog.require("KZ-99"))
                .isInstanceOf(UnknownTerritoryException.class)
                .hasMessage("unknown territory code: KZ-99");
        assertThatThrownBy(() -> catalog.children("KZ-99")).isInstanceOf(UnknownTerritoryException.class);
        assertThatThrownBy(() -> catalog.region("KZ-99")).isInstanceOf(UnknownTerritoryException.class);
        assertThatThrownBy(() -> catalog.contains("KZ-75", "KZ-99")).isInstanceOf(UnknownTerritoryException.class);
        assertThatThrownBy(() -> catalog.contains("KZ-99", "KZ-75")).isInstanceOf(UnknownTerritoryException.class);
    }

    @Test
    void containmentFollowsTheTree() {
        assertThat(catalog.contains("KZ-75", "KZ-75-BOSTANDYK")).isTrue();
        assertThat(catalog.contains("KZ-75", "KZ-75")).as("self counts").isTrue();
        assertThat(catalog.contains("KZ-75-BOSTANDYK", "KZ-75")).isFalse();
        assertThat(catalog.contains("KZ-71", "KZ-75-BOSTANDYK")).isFalse();
        assertThat(catalog.contains("KZ-19", "KZ-75-BOSTANDYK")).as("Almaty oblast is not Almaty city").isFalse();
        assertThat(catalog.contains("KZ-75-MEDEU", "KZ-75-BOSTANDYK")).isFalse();
        // Three levels: oblast, town, city district.
        assertThat(catalog.contains("KZ-35", "KZ-35-KARAGANDA-KAZYBEK_BI")).isTrue();
        assertThat(catalog.contains("KZ-35-KARAGANDA", "KZ-35-KARAGANDA-KAZYBEK_BI")).isTrue();
        assertThat(catalog.contains("KZ-35-TEMIRTAU", "KZ-35-KARAGANDA-KAZYBEK_BI")).isFalse();
    }

    @Test
    void regionIsTheTopLevelAncestor() {
        assertThat(catalog.region("KZ-75-BOSTANDYK").code()).isEqualTo("KZ-75");
        assertThat(catalog.region("KZ-75").code()).isEqualTo("KZ-75");
        assertThat(catalog.region("KZ-35-KARAGANDA-ALIKHAN_BOKEIKHAN").code()).isEqualTo("KZ-35");
        for (Territory territory : catalog.all()) {
            Territory region = catalog.region(territory.code());
            assertThat(region.isRegion()).isTrue();
            assertThat(catalog.contains(region.code(), territory.code())).isTrue();
        }
    }

    @Test
    void dataIsWellFormed() {
        Set<String> codes = catalog.all().stream().map(Territory::code).collect(Collectors.toSet());
        assertThat(codes).hasSameSizeAs(catalog.all());
        assertThat(catalog.all()).allSatisfy(t -> {
            assertThat(t.population()).isPositive();
            assertThat(t.nameEn()).matches("[A-Za-z0-9 ()'.-]+");
            assertThat(t.nameKk()).doesNotContainPattern("[A-Za-z]");
            assertThat(t.nameRu()).doesNotContainPattern("[A-Za-z]");
        });
    }

    @ParameterizedTest
    @CsvSource({"kk, Бостандық ауданы", "ru, Бостандыкский район", "en, Bostandyk District",
        "KK, Бостандық ауданы", "de, Bostandyk District"})
    void nameByLanguageCode(String language, String expected) {
        assertThat(catalog.require("KZ-75-BOSTANDYK").name(language)).isEqualTo(expected);
    }

    @Test
    void nameByLocale() {
        Territory oskemen = catalog.require("KZ-63-OSKEMEN");

        assertThat(oskemen.name(Locale.forLanguageTag("kk-KZ"))).isEqualTo("Өскемен");
        assertThat(oskemen.name(Locale.forLanguageTag("ru-KZ"))).isEqualTo("Усть-Каменогорск");
        assertThat(oskemen.name(Locale.ENGLISH)).isEqualTo("Oskemen (Ust-Kamenogorsk)");
        assertThat(oskemen.name(Locale.ROOT)).isEqualTo("Oskemen (Ust-Kamenogorsk)");
    }

    @Test
    void listsAreImmutable() {
        assertThatThrownBy(() -> catalog.all().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> catalog.children("KZ-75").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> catalog.regions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void defaultCatalogIsSharedOnceRead() {
        assertThat(TerritoryCatalog.loadDefault()).isSameAs(catalog);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KZ-39-KOSTANAY_DISTRICT", "KZ-55-PAVLODAR_DISTRICT"})
    void districtsNamedLikeTheirTownAreDistinct(String code) {
        Territory district = catalog.require(code);
        String townCode = code.substring(0, code.length() - "_DISTRICT".length());

        assertThat(district.kind()).isEqualTo(TerritoryKind.DISTRICT);
        assertThat(catalog.require(townCode).kind()).isEqualTo(TerritoryKind.TOWN);
    }
}
