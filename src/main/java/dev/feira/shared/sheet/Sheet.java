package dev.feira.shared.sheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * An uploaded table (a header row, then data rows), read for import. Each row's values are read
 * through a {@link SheetRow}, which collects what is wrong instead of stopping at the first problem,
 * so a whole file is checked in one pass: either every row maps, or {@link InvalidSheet} lists
 * every problem with its line and column.
 */
public final class Sheet {

    private final String source;
    private final List<String> columns;
    private final List<SheetRow> rows;
    private final List<SheetProblem> problems;

    private Sheet(String source, List<String> columns, List<SheetRow> rows, List<SheetProblem> problems) {
        this.source = source;
        this.columns = columns;
        this.rows = rows;
        this.problems = problems;
    }

    /** A text cell that a spreadsheet would run as a formula ("=HYPERLINK(...)", "+cmd", "@SUM"); "-3" is a number. */
    private static final Pattern FORMULA = Pattern.compile("^[=+@\\t\\r].*|^-[^0-9.].*", Pattern.DOTALL);

    /**
     * Reads an uploaded file: an Excel workbook (.xlsx, its first sheet) when it is one, else CSV
     * (UTF-8, with or without a byte-order mark).
     */
    public static Sheet read(String source, InputStream input) throws IOException {
        var buffered = new BufferedInputStream(input);
        buffered.mark(4);
        byte[] magic = buffered.readNBytes(4);
        buffered.reset();
        if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
            return xlsx(source, buffered);
        }
        buffered.mark(3);
        byte[] bom = buffered.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) {
            buffered.reset();
        }
        return csv(source, new InputStreamReader(buffered, StandardCharsets.UTF_8));
    }

    /** Reads the first sheet of an .xlsx workbook: row 1 is the header; formulas are refused, not evaluated. */
    public static Sheet xlsx(String source, InputStream input) throws IOException {
        List<SheetProblem> problems = new ArrayList<>();
        List<SheetRow> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        try (var workbook = new ReadableWorkbook(input); var stream = workbook.getFirstSheet().openStream()) {
            var iterator = stream.iterator();
            while (iterator.hasNext()) {
                var row = iterator.next();
                if (columns.isEmpty()) {
                    for (Cell cell : row) {
                        columns.add(cell == null ? "" : text(cell).trim());
                    }
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                List<String> formulas = new ArrayList<>();
                boolean blank = true;
                for (Cell cell : row) {
                    if (cell == null || cell.getColumnIndex() >= columns.size()) {
                        continue;
                    }
                    String column = columns.get(cell.getColumnIndex());
                    if (cell.getType() == CellType.FORMULA) {
                        formulas.add(column);
                    }
                    String value = text(cell).trim();
                    blank &= value.isEmpty();
                    values.put(column, value);
                }
                if (blank && formulas.isEmpty()) {
                    continue;
                }
                var sheetRow = new SheetRow(row.getRowNum(), values, problems);
                formulas.forEach(column -> sheetRow.problem(column, "formulas are not accepted; enter the value itself"));
                rows.add(sheetRow);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new SheetProblem(0, null, "not a readable Excel (.xlsx) file: " + e.getMessage()));
        }
        return new Sheet(source, List.copyOf(columns), checked(rows), problems);
    }

    private static String text(Cell cell) {
        return switch (cell.getType()) {
            case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
            case EMPTY -> "";
            default -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    /** Refuses values a spreadsheet would run when the data is opened again (formula injection). */
    private static List<SheetRow> checked(List<SheetRow> rows) {
        for (SheetRow row : rows) {
            row.values().forEach((column, value) -> {
                if (value != null && FORMULA.matcher(value).matches()) {
                    row.problem(column, "'" + abbreviate(value) + "' looks like a formula; formulas are not accepted");
                }
            });
        }
        return rows;
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    /** Reads a comma-separated file with a header row; values are trimmed, empty lines skipped. */
    public static Sheet csv(String source, Reader input) throws IOException {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<SheetProblem> problems = new ArrayList<>();
        List<SheetRow> rows = new ArrayList<>();
        List<String> columns = List.of();
        try (CSVParser parser = CSVParser.parse(input, format)) {
            columns = List.copyOf(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                var row = new SheetRow(parser.getCurrentLineNumber(), record.toMap(), problems);
                if (!record.isConsistent()) {
                    row.problem(null, "has " + record.size() + " fields, the header has " + columns.size());
                }
                rows.add(row);
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            problems.add(new SheetProblem(0, null, "not a readable CSV file: " + e.getMessage()));
        }
        return new Sheet(source, columns, checked(rows), problems);
    }

    public String source() {
        return source;
    }

    public List<String> columns() {
        return columns;
    }

    /** Data rows read (the header excluded). */
    public int size() {
        return rows.size();
    }

    /** Refuses the sheet at once when a required column is missing from the header. */
    public Sheet requireColumns(Collection<String> required) {
        if (problems.isEmpty()) {
            List<String> missing = required.stream().filter(c -> !columns.contains(c)).sorted().toList();
            if (!missing.isEmpty()) {
                throw new InvalidSheet(source, List.of(new SheetProblem(1, null, "missing column(s) " + missing)));
            }
        }
        return this;
    }

    /**
     * Maps every row; rows that had a problem are dropped from the result and the problems thrown
     * together.
     *
     * @throws InvalidSheet when any row (or the file itself) has a problem
     */
    public <T> List<T> map(Function<SheetRow, T> mapper) {
        List<T> mapped = new ArrayList<>(rows.size());
        for (SheetRow row : rows) {
            T value = mapper.apply(row);
            if (!row.failed()) {
                mapped.add(value);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSheet(source, problems);
        }
        return mapped;
    }
}
