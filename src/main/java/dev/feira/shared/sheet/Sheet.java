package dev.feira.shared.sheet;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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
        return new Sheet(source, columns, rows, problems);
    }

    public String source() {
        return source;
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
