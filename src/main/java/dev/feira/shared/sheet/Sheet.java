package dev.feira.shared.sheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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

    /** How {@link SheetWriter#inert} marks a formula-like text in a CSV export: an apostrophe before it. */
    private static final Pattern NEUTRALISED = Pattern.compile("^'(?=[=+@\\t\\r-])", Pattern.DOTALL);

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
            byte[] workbook = buffered.readAllBytes(); // uploads are size-limited before they get here
            if (!inflatesWithin(workbook, MAX_INFLATED_BYTES)) {
                return new Sheet(source, List.of(), List.of(), List.of(SheetProblem.of(0, null, "too-big-unpacked",
                        "the workbook unpacks to more than " + MAX_INFLATED_BYTES / (1024 * 1024) + " MB: it is not a sheet of data",
                        MAX_INFLATED_BYTES / (1024 * 1024))));
            }
            return xlsx(source, new java.io.ByteArrayInputStream(workbook));
        }
        buffered.mark(3);
        byte[] bom = buffered.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) {
            buffered.reset();
        }
        // Malformed bytes are reported, not replaced: a Latin-1 file would otherwise store "S\uFFFDo Paulo".
        var utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return csv(source, new InputStreamReader(buffered, utf8));
    }

    /** What a workbook may unpack to: a 32 MB upload that inflates past this is a zip bomb, not a catalog. */
    public static final long MAX_INFLATED_BYTES = 512L * 1024 * 1024;

    /** Unpacks the archive without keeping it, stopping as soon as it passes {@code max} bytes. */
    static boolean inflatesWithin(byte[] zip, long max) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var entries = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            while (entries.getNextEntry() != null) {
                for (int read; (read = entries.read(buffer)) > 0; ) {
                    total += read;
                    if (total > max) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException | IllegalArgumentException unreadable) {
            return true; // not a zip after all: the workbook reader says what is wrong with it
        }
    }

    /** At most this many data rows in one file (a catalog of 100,000 products is well within). */
    public static final int MAX_ROWS = 250_000;
    /** At most this many characters in one cell, as in Excel. */
    public static final int MAX_CELL = 32_767;

    /** Refuses a file with too many rows (answering whether reading should stop) and cells that are too long. */
    private static boolean bounded(SheetRow row, List<SheetRow> rows, List<SheetProblem> problems) {
        row.values().forEach((column, value) -> {
            if (value != null && value.length() > MAX_CELL) {
                row.problem(column, "cell-too-long", "is longer than " + MAX_CELL + " characters", MAX_CELL);
            }
        });
        if (rows.size() >= MAX_ROWS) {
            problems.add(SheetProblem.of(row.line(), null, "too-many-rows", "the file has more than " + MAX_ROWS + " rows: split it",
                    MAX_ROWS));
            return false;
        }
        rows.add(row);
        return true;
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
                formulas.forEach(column -> sheetRow.problem(column, "formula", "formulas are not accepted; enter the value itself"));
                if (!bounded(sheetRow, rows, problems)) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(SheetProblem.of(0, null, "not-xlsx", "not a readable Excel (.xlsx) file: " + e.getMessage()));
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

    /**
     * Text that merely looks like a formula ("-V357", "=A1" in a description) is data, kept as written; it is made
     * inert where it could run — in a CSV export — and the apostrophe that export adds is taken off again here, so an
     * exported file imports back unchanged.
     */
    private static List<SheetRow> checked(List<SheetRow> rows) {
        for (SheetRow row : rows) {
            row.values().replaceAll((column, value) -> value == null ? null : NEUTRALISED.matcher(value).replaceFirst(""));
        }
        return rows;
    }

    /**
     * Reads a CSV file with a header row; values are trimmed, empty lines skipped. The separator is the header's:
     * commas, or semicolons as Excel writes CSV in Brazil (and then decimal commas and dots grouping thousands), or tabs.
     */
    public static Sheet csv(String source, Reader input) throws IOException {
        var buffered = new java.io.BufferedReader(input, 64 * 1024);
        char delimiter;
        try {
            delimiter = delimiterOf(buffered);
        } catch (CharacterCodingException notUtf8) {
            // Bad bytes near the top fail the peek at the header, before any line is counted.
            return new Sheet(source, List.of(), List.of(), List.of(SheetProblem.of(0, null, "not-utf8",
                    "is not UTF-8 text: save the file as \"CSV UTF-8\" and send it again")));
        }
        boolean brazilian = delimiter == ';';
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<SheetProblem> problems = new ArrayList<>();
        List<SheetRow> rows = new ArrayList<>();
        List<String> columns = List.of();
        try (CSVParser parser = CSVParser.parse(buffered, format)) {
            columns = List.copyOf(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                var row = new SheetRow(parser.getCurrentLineNumber(), record.toMap(), problems, brazilian);
                if (!record.isConsistent()) {
                    row.problem(null, "field-count", "has " + record.size() + " fields, the header has " + columns.size(),
                            record.size(), columns.size());
                }
                if (!bounded(row, rows, problems)) {
                    break;
                }
            }
        } catch (CharacterCodingException | UncheckedIOException e) {
            if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
                problems.add(SheetProblem.of(rows.size() + 2L, null, "not-utf8",
                        "is not UTF-8 text: save the file as \"CSV UTF-8\" and send it again"));
            } else {
                problems.add(SheetProblem.of(0, null, "not-csv", "not a readable CSV file: " + e.getMessage()));
            }
        } catch (IllegalStateException e) {
            problems.add(SheetProblem.of(0, null, "not-csv", "not a readable CSV file: " + e.getMessage()));
        }
        return new Sheet(source, columns, checked(rows), problems);
    }

    /** The separator the header uses most, outside quotes: ';' (Excel in pt-BR), tab, else ','. */
    private static char delimiterOf(java.io.BufferedReader input) throws IOException {
        input.mark(64 * 1024);
        char[] start = new char[64 * 1024];
        int read = input.read(start);
        input.reset();
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < Math.max(read, 0); i++) {
            char c = start[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
    }

    /**
     * The sheet with its headers read as the columns an import expects: Portuguese names and other spellings
     * ("Código", "Preço", "Lote mínimo") become {@code sku}, {@code list_price}, {@code min_order_qty}.
     */
    public Sheet understood(List<String> expected) {
        List<String> renamed = columns.stream().map(c -> ColumnNames.understood(c, expected)).toList();
        if (renamed.equals(columns)) {
            return this;
        }
        List<SheetRow> mapped = new ArrayList<>(rows.size());
        for (SheetRow row : rows) {
            Map<String, String> values = new LinkedHashMap<>();
            row.values().forEach((column, value) -> values.put(ColumnNames.understood(column, expected), value));
            mapped.add(new SheetRow(row.line(), values, problems, row.brazilian()));
        }
        return new Sheet(source, renamed, mapped, problems);
    }

    public String source() {
        return source;
    }

    /** Whether the sheet was saved the pt-BR way (semicolons, decimal commas): a file made from it is written so too. */
    public boolean brazilian() {
        return !rows.isEmpty() && rows.getFirst().brazilian();
    }

    /**
     * The rows that had a problem, as they were uploaded, each with what is wrong in a last column: a file to fix and
     * upload again (the import reads the columns it knows and leaves the last one alone). Problems of the file itself
     * (line 0, the header) have no row here.
     */
    public SheetExport rowsToFix(List<SheetProblem> found, java.util.Locale locale, String problemColumn) {
        Map<Long, List<String>> byLine = new LinkedHashMap<>();
        found.stream().filter(p -> p.line() > 1).forEach(p -> byLine.computeIfAbsent(p.line(), l -> new ArrayList<>())
                .add((p.column() == null ? "" : p.column() + ": ") + p.text(locale)));
        String base = source.contains(".") ? source.substring(0, source.lastIndexOf('.')) : source;
        List<String> header = new ArrayList<>(columns);
        header.add(problemColumn);
        return new SheetExport() {
            @Override
            public String kind() {
                return base;
            }

            @Override
            public List<String> columns() {
                return header;
            }

            @Override
            public void rows(java.util.function.Consumer<List<String>> row) {
                for (SheetRow each : rows) {
                    var problemsOfRow = byLine.get(each.line());
                    if (problemsOfRow != null) {
                        List<String> values = new ArrayList<>(columns.stream().map(c -> each.values().getOrDefault(c, "")).toList());
                        values.add(String.join("; ", problemsOfRow));
                        row.accept(values);
                    }
                }
            }
        };
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
                throw new InvalidSheet(source, List.of(SheetProblem.of(1, null, "missing-columns", "missing column(s) " + missing,
                        missing.size(), String.join(", ", missing))));
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
