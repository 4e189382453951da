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
    void aFormulaInACsvCellIsRefusedWithItsLineAndColumn() throws IOException {
        var sheet = csv("sku,stock\n\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",5\n+cmd,1\nB-1,-2\n");

        assertThatThrownBy(() -> rows(sheet)).isInstanceOf(InvalidSheet.class)
                .satisfies(e -> assertThat(((InvalidSheet) e).problems()).extracting(Object::toString).containsExactly(
                        "line 2, column sku: '=HYPERLINK(\"http://evil.example\",\"x\")' looks like a formula; formulas are not accepted",
                        "line 3, column sku: '+cmd' looks like a formula; formulas are not accepted",
                        "line 4, column stock: '-2' is not a whole number of zero or more"));
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
