package dev.feira.shared.sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;

/**
 * Writes a {@link SheetExport} as CSV (UTF-8 with a byte-order mark, so Excel reads accents) or
 * XLSX. In CSV a text value that a spreadsheet would run as a formula is written with a leading
 * apostrophe, so an export can never carry a formula into someone's spreadsheet ({@link Sheet} takes it
 * off on import); XLSX cells are typed text, which no spreadsheet runs, and are written as they are.
 */
public final class SheetWriter {

    public enum Format {
        CSV("text/csv", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        public String fileName(String kind) {
            return kind + "." + extension;
        }
    }

    private SheetWriter() {
    }

    public static void write(SheetExport export, Format format, OutputStream out) throws IOException {
        write(export, format, false, out);
    }

    /** @param brazilian a CSV separated by semicolons, with decimal commas, as Excel in Portuguese saves and opens it */
    public static void write(SheetExport export, Format format, boolean brazilian, OutputStream out) throws IOException {
        if (format == Format.CSV) {
            csv(export, brazilian, out);
        } else {
            xlsx(export, out);
        }
    }

    private static void csv(SheetExport export, boolean brazilian, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        var printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(brazilian ? ';' : ',').setRecordSeparator('\n').get());
        List<String> columns = export.columns();
        printer.printRecord(columns);
        boolean[] decimalComma = numberColumns(export, brazilian);
        export.rows(row -> {
            try {
                var written = new java.util.ArrayList<String>(row.size());
                for (int c = 0; c < row.size(); c++) {
                    String value = row.get(c);
                    written.add(inert(decimalComma[c] && value != null ? value.replace('.', ',') : value));
                }
                printer.printRecord(written);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    private static void xlsx(SheetExport export, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Feira", "1.0");
        var sheet = workbook.newWorksheet(export.kind());
        List<String> columns = export.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c));
            sheet.style(0, c).bold().set();
        }
        int[] r = {1};
        boolean[] numbers = numberColumns(export, true);
        export.rows(row -> {
            for (int c = 0; c < row.size(); c++) {
                String value = row.get(c);
                BigDecimal number = numbers[c] ? number(value) : null;
                if (number != null) {
                    sheet.value(r[0], c, number);
                    if (number.scale() > 0) {
                        sheet.style(r[0], c).format("0.00##").set();
                    }
                } else if (value != null && !value.isEmpty()) {
                    sheet.value(r[0], c, value);
                }
            }
            r[0]++;
        });
        workbook.finish();
    }

    private static boolean[] numberColumns(SheetExport export, boolean wanted) {
        List<String> columns = export.columns();
        boolean[] numbers = new boolean[columns.size()];
        for (int c = 0; c < numbers.length; c++) {
            numbers[c] = wanted && export.numberColumns().contains(columns.get(c));
        }
        return numbers;
    }

    private static BigDecimal number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Neutralises a value a spreadsheet would read as a formula (OWASP: CSV injection). */
    public static String inert(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r'
                || (first == '-' && value.length() > 1 && !Character.isDigit(value.charAt(1)) && value.charAt(1) != '.');
        return formula ? "'" + value : value;
    }
}
