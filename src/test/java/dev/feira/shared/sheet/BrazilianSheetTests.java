package dev.feira.shared.sheet;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sheets as Brazilian offices make them: semicolons, decimal commas, Portuguese headers, problems in Portuguese. */
class BrazilianSheetTests {

    @Test
    void numbersAreReadAsWrittenInEitherConvention() {
        assertThat(SheetNumbers.parse("12,50", false)).isEqualByComparingTo("12.50");
        assertThat(SheetNumbers.parse("1.234,56", false)).isEqualByComparingTo("1234.56");
        assertThat(SheetNumbers.parse("1,234.56", false)).isEqualByComparingTo("1234.56");
        assertThat(SheetNumbers.parse("R$ 12,50", false)).isEqualByComparingTo("12.50");
        assertThat(SheetNumbers.parse("6,5%", false)).isEqualByComparingTo("6.5");
        assertThat(SheetNumbers.parse("1.234", true)).as("a pt-BR sheet groups thousands with dots").isEqualByComparingTo("1234");
        assertThat(SheetNumbers.parse("1.234", false)).isEqualByComparingTo("1.234");
        assertThat(SheetNumbers.parse("1,234,567", false)).as("ambiguous").isNull();
        assertThat(SheetNumbers.parse("doze", false)).isNull();
    }

    @Test
    void aSemicolonSheetWithPortugueseHeadersReadsAsTheExpectedColumns() throws Exception {
        var sheet = Sheet.csv("precos.csv", new StringReader("Código;Preço Unitário;Quantidade mínima\nFP-1;\"1.234,50\";\"1.000\"\n"))
                .understood(List.of("sku", "min_quantity", "unit_price"));

        assertThat(sheet.columns()).containsExactly("sku", "unit_price", "min_quantity");
        var read = sheet.map(row -> List.of(row.required("sku"), row.price("unit_price"), row.positiveInt("min_quantity")));
        assertThat(read).containsExactly(List.of("FP-1", new BigDecimal("1234.5"), 1000));
    }

    @Test
    void aCommaSheetStaysAsItWasAndItsProblemsReadInPortuguese() throws Exception {
        var sheet = Sheet.csv("p.csv", new StringReader("sku,name,list_price\nA,\"Porca, M6\",abc\n"));

        assertThat(sheet.columns()).containsExactly("sku", "name", "list_price");
        assertThatThrownBy(() -> sheet.map(row -> row.price("list_price"))).isInstanceOf(InvalidSheet.class)
                .satisfies(e -> assertThat(((InvalidSheet) e).problems().getFirst().text(Locale.forLanguageTag("pt-BR")))
                        .isEqualTo("'abc' não é um preço como 12,50"));
    }
    @Test
    void theRefusedRowsComeBackAsUploadedWithTheirProblemInTheSameFormat() throws Exception {
        var sheet = Sheet.csv("precos.csv", new StringReader("Código;Preço\nFP-1;\"12,50\"\nFP-2;doze\nFP-3;\"1.234,56\"\nFP-4;abc\n"))
                .understood(List.of("sku", "list_price"));
        var problems = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidSheet.class,
                () -> sheet.map(row -> row.price("list_price"))).problems();

        var out = new java.io.ByteArrayOutputStream();
        SheetWriter.write(sheet.rowsToFix(problems, Locale.forLanguageTag("pt-BR"), "problema"), SheetWriter.Format.CSV, sheet.brazilian(), out);

        assertThat(sheet.brazilian()).isTrue();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("""
                \uFEFFsku;list_price;problema
                FP-2;doze;list_price: 'doze' não é um preço como 12,50
                FP-4;abc;list_price: 'abc' não é um preço como 12,50
                """);
    }

    @Test
    void numbersAreExportedAsEachFormatReadsThemAndComeBackTheSame() throws Exception {
        var export = new SheetExport() {
            @Override
            public String kind() {
                return "prices";
            }

            @Override
            public List<String> columns() {
                return List.of("sku", "min_quantity", "unit_price");
            }

            @Override
            public java.util.Set<String> numberColumns() {
                return java.util.Set.of("min_quantity", "unit_price");
            }

            @Override
            public void rows(java.util.function.Consumer<List<String>> row) {
                row.accept(List.of("1.250", "1000", "1.250"));
                row.accept(List.of("FP-2", "1", "12.5"));
            }
        };
        var csv = new java.io.ByteArrayOutputStream();
        SheetWriter.write(export, SheetWriter.Format.CSV, true, csv);
        var xlsx = new java.io.ByteArrayOutputStream();
        SheetWriter.write(export, SheetWriter.Format.XLSX, false, xlsx);

        assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8)).as("a code is text, whatever it looks like")
                .isEqualTo("\uFEFFsku;min_quantity;unit_price\n1.250;1000;1,250\nFP-2;1;12,5\n");
        for (var written : List.of(Sheet.csv("prices.csv", new StringReader(csv.toString(java.nio.charset.StandardCharsets.UTF_8))),
                Sheet.xlsx("prices.xlsx", new java.io.ByteArrayInputStream(xlsx.toByteArray())))) {
            var read = written.understood(export.columns()).map(row -> List.of(row.required("sku"), row.positiveInt("min_quantity"),
                    row.price("unit_price")));
            assertThat(read).as(written.source()).containsExactly(List.of("1.250", 1000, new BigDecimal("1.25")),
                    List.of("FP-2", 1, new BigDecimal("12.5")));
        }
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            var cells = workbook.getFirstSheet().read().get(1);
            assertThat(cells.getCell(0).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
            assertThat(cells.getCell(2).getType()).as("a price Excel can sum").isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
        }
    }
}
