package dev.feira.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount in a currency. Never a {@code double}; amounts are rounded once, to the currency's
 * minor unit, half-even (banker's rounding), when shown or charged.
 */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /** @throws IllegalArgumentException for an amount in another currency: there is no rate here */
    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * An amount as a form shows it back: "500,00", not the "500,0000" it is stored with; cents and any finer digits that
     * are not zero stay (a unit price may have four).
     */
    public static BigDecimal forEditing(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY) : plain;
    }

    public Money rounded() {
        return new Money(amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN), currency);
    }

    /** Formats for a reader in {@code locale}: R$ 1.234,50 in pt-BR, R$1,234.50 in English. */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(rounded().amount());
    }
}
