package dev.feira.pricing;

import java.util.Arrays;
import java.util.List;
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

    public enum Freight {
        /** The supplier pays the freight to the buyer's door. */
        CIF,
        /** The buyer collects or pays the carrier. */
        FOB
    }
}
