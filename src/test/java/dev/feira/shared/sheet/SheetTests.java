package dev.feira.shared.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading uploaded sheets: CSV and XLSX alike, every problem reported, formulas never let through. */
class SheetTests {

    record Row(String sku, int stock) {
    }

    static List<Row> rows(Sheet sheet) {
        return sheet.requireColumns(List.of("sku", "stock")).map(r -> new Row(r.required("sku"), r.nonNegativeInt("stock")));
    }

    static Sheet csv(String content) throws IOException {
        return Sheet.read("stock.csv", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsACsvWithAByteOrderMark() throws IOException {
        assertThat(rows(csv("\uFEFFsku,stock\nA-1,5\n"))).containsExactly(new Row("A-1", 5));
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWorkbookNumbersAsWritten() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            sheet.value(0, 0, "sku");
            sheet.value(0, 1, "stock");
            sheet.value(1, 0, "A-1");
            sheet.value(1, 1, 120);
            sheet.value(3, 0, "A-2"); // a blank line between rows is fine
            sheet.value(3, 1, 7.0);
        });

        var sheet = Sheet.read("stock.xlsx", new ByteArrayInputStream(xlsx));

        assertThat(rows(sheet)).containsExactly(new Row("A-1", 120), new Row("A-2", 7));
    }

    @Test
    void textThatLooksLikeAFormulaIsDataAsWritten() throws IOException {
        var sheet = csv("sku,stock\n-V357,5\n\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",1\n+55 11,2\n");

        assertThat(rows(sheet)).containsExactly(new Row("-V357", 5),
                new Row("=HYPERLINK(\"http://evil.example\",\"x\")", 1), new Row("+55 11", 2));
    }

    @Test
    void aCsvExportMakesFormulaLikeTextInertAndImportsBackUnchanged() throws IOException {
        var values = List.of("-V357", "=1+1", "@SUM(A1)", "+cmd", "-3", "'quoted'", "plain");
        var export = new SheetExport() {
            @Override
            public String kind() {
                return "stock";
            }

            @Override
            public List<String> columns() {
                return List.of("sku", "stock");
            }

            @Override
            public void rows(java.util.function.Consumer<List<String>> row) {
                values.forEach(value -> row.accept(List.of(value, "1")));
            }
        };
        var csv = new java.io.ByteArrayOutputStream();
        dev.feira.shared.sheet.SheetWriter.write(export, dev.feira.shared.sheet.SheetWriter.Format.CSV, csv);

        assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("'-V357", "'=1+1", "'@SUM(A1)", "'+cmd", "\n-3,");
        var back = Sheet.read("stock.csv", new ByteArrayInputStream(csv.toByteArray()));
        assertThat(rows(back)).extracting(Row::sku).containsExactlyElementsOf(values);
    }

    @Test
    void aCsvThatIsNotUtf8IsAClearProblemNotGarbledText() throws IOException {
        byte[] latin1 = "sku,stock\nSÃO-1,5\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        var sheet = Sheet.read("stock.csv", new ByteArrayInputStream(latin1));

        assertThatThrownBy(() -> rows(sheet)).isInstanceOf(InvalidSheet.class).hasMessageContaining("is not UTF-8 text");
    }

    @Test
    void tooLongACellOrTooManyRowsIsRefusedWithoutReadingOn() throws IOException {
        var longCell = csv("sku,stock\n" + "X".repeat(Sheet.MAX_CELL + 1) + ",1\n");
        assertThatThrownBy(() -> rows(longCell)).isInstanceOf(InvalidSheet.class)
                .hasMessageContaining("line 2, column sku: is longer than 32767 characters");

        var many = new StringBuilder("sku,stock\n");
        for (int i = 0; i <= Sheet.MAX_ROWS; i++) {
            many.append("S").append(i).append(",1\n");
        }
        var tooMany = csv(many.toString());
        assertThatThrownBy(() -> rows(tooMany)).isInstanceOf(InvalidSheet.class)
                .hasMessageContaining("more than 250000 rows");
    }

    @Test
    void aWorkbookThatUnpacksToFarMoreThanItsUploadIsRefusedUnread() throws IOException {
        var zip = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 600; i++) { // 600 MB of zeros, under a megabyte packed
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(zip.size()).isLessThan(2 * 1024 * 1024);

        var sheet = Sheet.read("bomb.xlsx", new ByteArrayInputStream(zip.toByteArray()));

        assertThatThrownBy(() -> rows(sheet)).isInstanceOf(InvalidSheet.class).hasMessageContaining("unpacks to more than 512 MB");
    }

    @Test
    void aFormulaCellInAWorkbookIsRefusedNotEvaluated() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            sheet.value(0, 0, "sku");
            sheet.value(0, 1, "stock");
            sheet.value(1, 0, "A-1");
            sheet.formula(1, 1, "1+1");
        });

        var sheet = Sheet.read("stock.xlsx", new ByteArrayInputStream(xlsx));

        assertThatThrownBy(() -> rows(sheet)).isInstanceOf(InvalidSheet.class)
                .hasMessageContaining("line 2, column stock: formulas are not accepted");
    }

    @Test
    void aFileThatIsNeitherCsvNorXlsxIsAClearProblem() throws IOException {
        byte[] brokenZip = {'P', 'K', 3, 4, 0, 0, 1, 2, 3};

        var sheet = Sheet.read("stock.xlsx", new ByteArrayInputStream(brokenZip));

        assertThatThrownBy(() -> rows(sheet)).isInstanceOf(InvalidSheet.class)
                .hasMessageContaining("not a readable Excel (.xlsx) file");
    }

    @Test
    void missingColumnsAreNamed() throws IOException {
        assertThatThrownBy(() -> rows(csv("codigo,quantidade\nA-1,5\n"))).isInstanceOf(InvalidSheet.class)
                .hasMessageContaining("line 1: missing column(s) [sku, stock]");
    }

    @Test
    void exportedValuesCannotCarryAFormulaIntoASpreadsheet() {
        assertThat(dev.feira.shared.sheet.SheetWriter.inert("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(dev.feira.shared.sheet.SheetWriter.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(dev.feira.shared.sheet.SheetWriter.inert("-3.5")).isEqualTo("-3.5");
        assertThat(dev.feira.shared.sheet.SheetWriter.inert("Parafuso")).isEqualTo("Parafuso");
    }

    interface SheetWriter {
        void write(org.dhatim.fastexcel.Worksheet sheet) throws IOException;
    }

    static byte[] workbook(SheetWriter writer) throws IOException {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "feira-tests", "1.0");
        writer.write(workbook.newWorksheet("Planilha1"));
        workbook.finish();
        return out.toByteArray();
    }
}
