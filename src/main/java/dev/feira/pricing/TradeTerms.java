package dev.feira.pricing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.feira.shared.Money;

/**
 * How a buyer pays and receives: payment terms as the supplier states them (e.g. "28/56 dias,
 * boleto"), who pays the freight, the lead time, and the order value from which freight is free
 * (null when never).
 */
public record TradeTerms(String paymentTerms, Freight freight, int leadTimeDays, Money freeFreightFrom) {

    private static final Pattern INSTALMENTS = Pattern.compile("(\\d{1,3}(?:\\s*/\\s*\\d{1,3})*)\\s*(?:dias|dia|days|day|dd)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The days after invoicing each instalment falls due, as Brazilian terms write them:
     * "28/56 dias, boleto" is two instalments, at 28 and 56 days; terms that name no days
     * ("à vista", "cartão") are due at once.
     */
    public static List<Integer> instalmentDays(String paymentTerms) {
        if (paymentTerms == null) {
            return List.of(0);
        }
        var days = INSTALMENTS.matcher(paymentTerms);
        if (!days.find()) {
            return List.of(0);
        }
        return Arrays.stream(days.group(1).split("/")).map(String::strip).map(Integer::valueOf).sorted().toList();
    }

    /**
     * How the terms let the buyer pay, read from their wording: "cartão"/"card" offers a card
     * payment; "boleto", "faturado", "dias", "invoice" (or nothing recognisable) payment on invoice.
     * "Cartão ou boleto à vista" offers both, and the buyer picks at checkout.
     */
    public Set<PaymentMethod> paymentMethods() {
        String text = paymentTerms == null ? "" : paymentTerms.toLowerCase(Locale.ROOT);
        var methods = EnumSet.noneOf(PaymentMethod.class);
        if (text.contains("cartão") || text.contains("cartao") || text.contains("card")) {
            methods.add(PaymentMethod.CARD);
        }
        if (methods.isEmpty() || text.matches(".*(boleto|faturad|fatura|invoice|\\d+\\s*(dias|days)).*")) {
            methods.add(PaymentMethod.INVOICE);
        }
        return methods;
    }

    public enum PaymentMethod {
        /** The supplier invoices; the buyer pays by the due dates (boleto, bank transfer). */
        INVOICE,
        /** By card when ordering, through Stripe on the supplier's connected account. */
        CARD
    }

    public enum Freight {
        /** The supplier pays the freight to the buyer's door. */
        CIF,
        /** The buyer collects or pays the carrier. */
        FOB
    }
}
