package dev.feira.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * A Brazilian company's registration number, checked by its two check digits — numeric, or alphanumeric as issued from
 * July 2026 (letters in the first twelve places count as their code minus 48, so the old numbers check the same).
 */
public final class Cnpj {

    private static final int[] FIRST = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] SECOND = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    private Cnpj() {
    }

    /** The fourteen characters without punctuation, when the number is well formed and its check digits hold. */
    public static Optional<String> valid(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String plain = input.strip().toUpperCase(Locale.ROOT).replaceAll("[./\\-\\s]", "");
        if (!plain.matches("[0-9A-Z]{12}[0-9]{2}") || plain.chars().distinct().count() == 1) {
            return Optional.empty();
        }
        return digit(plain, FIRST) == plain.charAt(12) - '0' && digit(plain, SECOND) == plain.charAt(13) - '0' ? Optional.of(plain) : Optional.empty();
    }

    /** As it is written: 12.345.678/0001-95. */
    public static String formatted(String plain) {
        return plain.substring(0, 2) + "." + plain.substring(2, 5) + "." + plain.substring(5, 8) + "/" + plain.substring(8, 12) + "-"
                + plain.substring(12);
    }

    private static int digit(String plain, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (plain.charAt(i) - '0') * weights[i];
        }
        int rest = sum % 11;
        return rest < 2 ? 0 : 11 - rest;
    }
}
