package dev.feira.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The 27 federative units (UF) of Brazil, by their two-letter code: addresses name one, ICMS rates depend on them. */
public final class BrazilianStates {

    public static final List<String> CODES = List.of("AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG",
            "PA", "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO");

    private BrazilianStates() {
    }

    /** The code in capitals, when it names a state. */
    public static Optional<String> valid(String code) {
        return Optional.ofNullable(code).map(c -> c.strip().toUpperCase(Locale.ROOT)).filter(CODES::contains);
    }
}
