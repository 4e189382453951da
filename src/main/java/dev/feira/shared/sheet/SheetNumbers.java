package dev.feira.shared.sheet;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as Brazilian offices write them, detected rather than configured: "12,50" and "1.234,56" (decimal comma,
 * dots grouping thousands), "1,234.56" and "12.50" (the English way), "R$ 12,50", "6,5%". A sheet saved by Excel in
 * pt-BR (semicolon-separated) groups thousands with dots, so there "1.234" is a thousand two hundred and thirty-four.
 */
final class SheetNumbers {

    private static final Pattern DOT_THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

    private SheetNumbers() {
    }

    /** The number written, or null when it is not one. */
    static BigDecimal parse(String written, boolean brazilianSheet) {
        if (written == null) {
            return null;
        }
        String value = written.strip().replace("R$", "").replace("%", "").replace("\u00a0", "").replace(" ", "");
        int comma = value.lastIndexOf(',');
        int dot = value.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            value = comma > dot ? value.replace(".", "").replace(',', '.') : value.replace(",", "");
        } else if (comma >= 0) {
            if (value.indexOf(',') != comma) {
                return null; // "1,234,567" without decimals: too ambiguous to guess
            }
            value = value.replace(',', '.');
        } else if (dot >= 0 && brazilianSheet && DOT_THOUSANDS.matcher(value).matches()) {
            value = value.replace(".", "");
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
