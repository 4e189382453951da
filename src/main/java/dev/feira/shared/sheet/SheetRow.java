package dev.feira.shared.sheet;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** One data row of a {@link Sheet}: typed reads of its cells, each failure recorded with line and column. */
public final class SheetRow {

    private final long line;
    private final Map<String, String> values;
    private final List<SheetProblem> problems;
    private final boolean brazilian;
    private boolean failed;

    SheetRow(long line, Map<String, String> values, List<SheetProblem> problems) {
        this(line, values, problems, false);
    }

    /** @param brazilian a sheet saved the pt-BR way (semicolons): dots there group thousands */
    SheetRow(long line, Map<String, String> values, List<SheetProblem> problems, boolean brazilian) {
        this.line = line;
        this.values = values;
        this.problems = problems;
        this.brazilian = brazilian;
    }

    boolean brazilian() {
        return brazilian;
    }

    public long line() {
        return line;
    }

    Map<String, String> values() {
        return values;
    }

    public boolean failed() {
        return failed;
    }

    public void problem(String column, String message) {
        failed = true;
        problems.add(new SheetProblem(line, column, message));
    }

    /** A problem found by the importing module, in the reader's language by its own {@code key} (the whole key). */
    public void translatedProblem(String column, String key, String english, List<Object> arguments) {
        failed = true;
        problems.add(new SheetProblem(line, column, english, key, List.copyOf(arguments)));
    }

    /** A problem the reader gets in its language: {@code sheet.problem.<key>} with {@code arguments}. */
    void problem(String column, String key, String english, Object... arguments) {
        failed = true;
        problems.add(SheetProblem.of(line, column, key, english, arguments));
    }

    public String optional(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    public String required(String column) {
        String value = optional(column);
        if (value == null) {
            problem(column, "required", "is required");
        }
        return value;
    }

    /**
     * Name–value pairs written {@code "FD=10; PLT=400"}, in the order written; empty when the cell is.
     * A pair without "=" or a name given twice is a problem of the cell.
     */
    public Map<String, String> pairs(String column) {
        String value = optional(column);
        Map<String, String> pairs = new java.util.LinkedHashMap<>();
        if (value == null) {
            return pairs;
        }
        for (String pair : value.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int at = pair.indexOf('=');
            String name = at < 0 ? "" : pair.substring(0, at).strip();
            String item = at < 0 ? "" : pair.substring(at + 1).strip();
            if (name.isEmpty() || item.isEmpty()) {
                problem(column, "not-a-pair", "'" + pair.strip() + "' is not name=value (pairs are separated by ;)", pair.strip());
            } else if (pairs.put(name, item) != null) {
                problem(column, "given-twice", "'" + name + "' is given twice", name);
            }
        }
        return pairs;
    }

    /** A whole number of 1 or more; {@code 1} when the cell is empty. */
    public int positiveInt(String column) {
        return wholeNumber(column, 1, 1, "positive", "a whole number above zero");
    }

    /** A whole number of 0 or more; {@code 0} when the cell is empty. */
    public int nonNegativeInt(String column) {
        return wholeNumber(column, 0, 0, "non-negative", "a whole number of zero or more");
    }

    private int wholeNumber(String column, int minimum, int absent, String kind, String expected) {
        String value = optional(column);
        if (value == null) {
            return absent;
        }
        var number = SheetNumbers.parse(value, brazilian);
        try {
            if (number != null) {
                int parsed = number.intValueExact();
                if (parsed >= minimum) {
                    return parsed;
                }
            }
        } catch (ArithmeticException ignored) {
            // a fraction or beyond an int: reported below
        }
        problem(column, "not-" + kind, "'" + value + "' is not " + expected, value);
        return absent;
    }

    /** An optional rate in percent, 0 to 100 with at most two decimals ("6.5"); null when the cell is empty. */
    public BigDecimal optionalRate(String column) {
        String value = optional(column);
        if (value == null) {
            return null;
        }
        var rate = SheetNumbers.parse(value, brazilian);
        if (rate != null && rate.signum() >= 0 && rate.compareTo(BigDecimal.valueOf(100)) <= 0 && rate.stripTrailingZeros().scale() <= 2) {
            return rate.stripTrailingZeros();
        }
        problem(column, "not-a-rate", "'" + value + "' is not a rate from 0 to 100 such as 6.5", value);
        return null;
    }

    /** A required amount of zero or more with at most four decimals: "12.50", "12,50", "1.234,56", "R$ 12,50". */
    public BigDecimal price(String column) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        var price = SheetNumbers.parse(value, brazilian);
        if (price != null && price.signum() >= 0 && price.stripTrailingZeros().scale() <= 4) {
            return price.stripTrailingZeros();
        }
        problem(column, "not-a-price", "'" + value + "' is not a price such as 12.50", value);
        return null;
    }
}
