package dev.feira.catalog.internal;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogCsvTests {

    private static final String HEADER = String.join(",", CatalogCsv.COLUMNS) + "\n";

    @Test
    void parsesRowsWithDefaultsForOptionalColumns() throws IOException {
        var rows = CatalogCsv.parse("catalog.csv", new StringReader("sku,name,unit,list_price\nA-1,Açúcar Cristal 5 kg,FD,12.50\n"));

        assertThat(rows).singleElement().satisfies(p -> {
            assertThat(p.sku()).isEqualTo("A-1");
            assertThat(p.name()).isEqualTo("Açúcar Cristal 5 kg");
            assertThat(p.packSize()).isEqualTo(1);
            assertThat(p.minOrderQuantity()).isEqualTo(1);
            assertThat(p.listPrice()).isEqualByComparingTo(new BigDecimal("12.5"));
            assertThat(p.stock()).isZero();
        });
    }

    @Test
    void reportsEveryBadRowWithLineAndColumnAndAppliesNothing() {
        String csv = HEADER
                + "A-1,7891234567895,,Parafuso,,,,CX,100,1,1,10.00,5\n"
                + "A-2,123,,Porca,,,,CX,100,0,1,abc,5\n"
                + "A-1,,,Duplicado,,,,CX,1,1,1,1.00,-3\n";

        assertThatThrownBy(() -> CatalogCsv.parse("catalog.csv", new StringReader(csv)))
                .isInstanceOf(dev.feira.shared.sheet.InvalidSheet.class)
                .satisfies(e -> assertThat(((dev.feira.shared.sheet.InvalidSheet) e).problems())
                        .extracting(Object::toString)
                        .contains("line 3, column gtin: '123' is not a GTIN (8, 12, 13 or 14 digits)",
                                "line 3, column min_order_qty: '0' is not a whole number above zero",
                                "line 3, column list_price: 'abc' is not a price such as 12.50",
                                "line 4, column sku: SKU 'A-1' appears more than once",
                                "line 4, column stock: '-3' is not a whole number of zero or more"));
    }

    @Test
    void aProductsOwnProblemsReadInPortuguese() {
        String csv = HEADER + "A-2,123,,Porca,,,,CX,100,1,1,1.00,5,,,,\n" + "A-3,,,Arruela,,,,cx!,100,1,1,1.00,5,,,,\n";

        assertThatThrownBy(() -> CatalogCsv.parse("catalog.csv", new StringReader(csv)))
                .isInstanceOfSatisfying(dev.feira.shared.sheet.InvalidSheet.class, e -> assertThat(e.problems())
                        .extracting(p -> p.text(java.util.Locale.forLanguageTag("pt-BR")))
                        .contains("'123' não é um GTIN (8, 12, 13 ou 14 dígitos)",
                                "'cx!' não é um código de unidade (até 16 letras maiúsculas ou dígitos, por exemplo CX)"));
    }

    @Test
    void aValueLongerThanItsColumnIsTheFilesMistakeWithLineAndColumn() {
        String csv = "sku,name,unit,list_price,brand\n" + "S".repeat(65) + ",Parafuso,CX,1.00,Belenus\n"
                + "A-2," + "N".repeat(301) + ",CX,1.00," + "B".repeat(121) + "\n";

        assertThatThrownBy(() -> CatalogCsv.parse("catalog.csv", new StringReader(csv)))
                .hasMessageContaining("line 2, column sku: is longer than 64 characters (65)")
                .hasMessageContaining("line 3, column name: is longer than 300 characters (301)")
                .hasMessageContaining("line 3, column brand: is longer than 120 characters (121)");
    }

    @Test
    void aFileWithoutRequiredColumnsIsRejectedUpFront() {
        assertThatThrownBy(() -> CatalogCsv.parse("catalog.csv", new StringReader("sku,nome\nA-1,Parafuso\n")))
                .hasMessageContaining("line 1")
                .hasMessageContaining("missing column(s) [list_price, name, unit]");
    }
}
