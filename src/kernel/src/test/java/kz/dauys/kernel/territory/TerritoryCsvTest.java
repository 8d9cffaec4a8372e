package kz.dauys.kernel.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerritoryCsvTest {

    private static final String HEADER = "code;parent_code;kind;name_kk;name_ru;name_en;population\n";
    private static final String ALMATY = "KZ-75;;CITY_REPUBLICAN;Алматы;Алматы;Almaty;2200000\n";
    private static final String OBLAST = "KZ-19;;OBLAST;Алматы облысы;Алматинская область;Almaty Region;1500000\n";

    private static TerritoryCatalog load(String csv) {
        return TerritoryCatalog.load(new StringReader(csv));
    }

    @Test
    void readsCommentsBlankLinesAndAByteOrderMark() {
        TerritoryCatalog catalog = load("\uFEFF# comment\n\n" + HEADER + ALMATY
                + "# another comment\n"
                + "KZ-75-MEDEU;KZ-75;CITY_DISTRICT;Медеу ауданы;Медеуский район;Medeu District;220000\n");

        assertThat(catalog.all()).extracting(Territory::code).containsExactly("KZ-75", "KZ-75-MEDEU");
        assertThat(catalog.children("KZ-75")).extracting(Territory::code).containsExactly("KZ-75-MEDEU");
    }

    @Test
    void aParentMayComeAfterItsChild() {
        TerritoryCatalog catalog = load(HEADER
                + "KZ-75-MEDEU;KZ-75;CITY_DISTRICT;Медеу ауданы;Медеуский район;Medeu District;220000\n"
                + ALMATY);

        assertThat(catalog.contains("KZ-75", "KZ-75-MEDEU")).isTrue();
    }

    @Test
    void emptyFileHasNoHeader() {
        assertRejected("", 1, "no header line");
        assertRejected("# only a comment\n", 1, "no header line");
    }

    @Test
    void wrongHeaderIsRejected() {
        assertRejected("# comment\ncode,parent,kind\n" + ALMATY, 2, "expected the header");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "KZ-75;;CITY_REPUBLICAN;Алматы;Алматы;Almaty | 3 | expected 7 fields separated by ';', got 6",
        "KZ-75;;CITY_REPUBLICAN;Алматы;Алматы;Almaty;1;2 | 3 | expected 7 fields separated by ';', got 8",
        "KZ-75;;CAPITAL;Алматы;Алматы;Almaty;2200000 | 3 | unknown kind 'CAPITAL'",
        "KZ-75;;CITY_REPUBLICAN;Алматы;Алматы;Almaty;2.2M | 3 | population is not a whole number: '2.2M'",
        "KZ-75;;CITY_REPUBLICAN;Алматы;Алматы;Almaty;0 | 3 | KZ-75: population must be positive, got 0",
        "KZ-75;;CITY_REPUBLICAN;Алматы;Алматы;Almaty;-5 | 3 | KZ-75: population must be positive, got -5",
        "KZ-75;;CITY_REPUBLICAN;;Алматы;Almaty;2200000 | 3 | KZ-75: nameKk must not be blank",
        "KZ-750;;CITY_REPUBLICAN;Алматы;Алматы;Almaty;2200000 | 3 | a region code must look like KZ-75, got 'KZ-750'",
        "KZ-75;;CITY_DISTRICT;Алматы;Алматы;Almaty;2200000 | 3 | KZ-75: a CITY_DISTRICT needs a parent",
    })
    void badRowIsRejectedWithItsLineNumber(String row, int line, String message) {
        assertRejected("# header comes next\n" + HEADER + row + "\n", line, message);
    }

    @Test
    void duplicateCodeNamesBothLines() {
        assertRejected(HEADER + ALMATY + OBLAST + ALMATY, 4, "duplicate code KZ-75 (first on line 2)");
    }

    @Test
    void parentMustExist() {
        assertRejected(HEADER + ALMATY
                        + "KZ-71-YESIL;KZ-71;CITY_DISTRICT;Есіл ауданы;район Есиль;Yesil District;200000\n",
                3, "KZ-71-YESIL: parent KZ-71 does not exist");
    }

    @Test
    void regionCannotHaveAParent() {
        assertRejected(HEADER + ALMATY + "KZ-19;KZ-75;OBLAST;Алматы облысы;Алматинская область;Almaty Region;1\n",
                3, "code 'KZ-19' must be the parent code KZ-75");
        assertRejected(HEADER + ALMATY + "KZ-75-X;KZ-75;OBLAST;Х;Х;X;1\n",
                3, "KZ-75-X: a region (OBLAST) has no parent");
    }

    @Test
    void codeMustExtendTheParentCode() {
        assertRejected(HEADER + ALMATY + OBLAST
                        + "KZ-19-TALGAR;KZ-75;DISTRICT;Талғар ауданы;Талгарский район;Talgar District;200000\n",
                4, "code 'KZ-19-TALGAR' must be the parent code KZ-75");
        assertRejected(HEADER + ALMATY
                        + "KZ-75-medeu;KZ-75;CITY_DISTRICT;Медеу ауданы;Медеуский район;Medeu District;1\n",
                3, "uppercase slug");
    }

    @Test
    void kindMustFitTheParentKind() {
        assertRejected(HEADER + ALMATY
                        + "KZ-75-MEDEU;KZ-75;DISTRICT;Медеу ауданы;Медеуский район;Medeu District;220000\n",
                3, "KZ-75-MEDEU: a DISTRICT cannot lie under KZ-75 (CITY_REPUBLICAN)");
        assertRejected(HEADER + OBLAST
                        + "KZ-19-TALGAR;KZ-19;CITY_DISTRICT;Талғар ауданы;Талгарский район;Talgar District;1\n",
                3, "KZ-19-TALGAR: a CITY_DISTRICT cannot lie under KZ-19 (OBLAST)");
    }

    private static void assertRejected(String csv, int line, String messagePart) {
        assertThatThrownBy(() -> load(csv))
                .isInstanceOf(TerritoryDataException.class)
                .hasMessageStartingWith("line " + line + ": ")
                .hasMessageContaining(messagePart)
                .asInstanceOf(type(TerritoryDataException.class))
                .extracting(TerritoryDataException::lineNumber)
                .isEqualTo(line);
    }
}
