package dev.feira.ordering;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import dev.feira.pricing.TradeTerms.PaymentMethod;

/**
 * How the buyer places its cart: the payment method (null: on invoice when the terms allow it, else by card) and what
 * it writes on the order.
 *
 * @param shipTo one of the buyer company's addresses ({@code dev.feira.identity.CompanyAddresses}); empty: the
 *               company's default delivery address, if it has one
 */
public record Checkout(PaymentMethod method, Optional<String> buyerPoNumber, Optional<UUID> shipTo,
                       Optional<LocalDate> requestedDelivery, Optional<String> noteToSupplier) {

    /** At most this many characters of the buyer's PO number; of its note to the supplier. */
    public static final int MAX_PO_NUMBER = 40;
    public static final int MAX_NOTE = 1000;

    public static Checkout by(PaymentMethod method) {
        return new Checkout(method, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
