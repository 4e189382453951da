package dev.feira.shared.sheet;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** One data row of a {@link Sheet}: typed reads of its cells, each failure recorded with line and column. */
public final class SheetRow {

    private final long line;
    private final Map<String, String> values;
    private final List<SheetProblem> problems;
    private boolean failed;

    SheetRow(long line, Map<String, String> values, List<SheetProblem> problems) {
        this.line = line;
        this.values = values;
        this.problems = problems;
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

    public String optional(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    public String required(String column) {
        String value = optional(column);
        if (value == null) {
            problem(column, "is required");
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
                problem(column, "'" + pair.strip() + "' is not name=value (pairs are separated by ;)");
            } else if (pairs.put(name, item) != null) {
                problem(column, "'" + name + "' is given twice");
            }
        }
        return pairs;
    }

    /** A whole number of 1 or more; {@code 1} when the cell is empty. */
    public int positiveInt(String column) {
        return wholeNumber(column, 1, 1, "a whole number above zero");
    }

    /** A whole number of 0 or more; {@code 0} when the cell is empty. */
    public int nonNegativeInt(String column) {
        return wholeNumber(column, 0, 0, "a whole number of zero or more");
    }

    private int wholeNumber(String column, int minimum, int absent, String expected) {
        String value = optional(column);
        if (value == null) {
            return absent;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= minimum) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problem(column, "'" + value + "' is not " + expected);
        return absent;
    }

    /** An optional rate in percent, 0 to 100 with at most two decimals ("6.5"); null when the cell is empty. */
    public BigDecimal optionalRate(String column) {
        String value = optional(column);
        if (value == null) {
            return null;
        }
        try {
            var rate = new BigDecimal(value.replace("%", "").strip());
            if (rate.signum() >= 0 && rate.compareTo(BigDecimal.valueOf(100)) <= 0 && rate.scale() <= 2) {
                return rate.stripTrailingZeros();
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problem(column, "'" + value + "' is not a rate from 0 to 100 such as 6.5");
        return null;
    }

    /** A required amount with a decimal point and at most four decimals, zero or more. */
    public BigDecimal price(String column) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        try {
            var price = new BigDecimal(value);
            if (price.signum() >= 0 && price.scale() <= 4) {
                return price.stripTrailingZeros();
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problem(column, "'" + value + "' is not a price such as 12.50");
        return null;
    }
}
