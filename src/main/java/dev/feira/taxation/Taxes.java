package dev.feira.taxation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import dev.feira.shared.Money;

/**
 * The taxes on a sale of goods from the current supplier to a buyer company, line by line. IPI is added to the price
 * ("por fora"), ICMS is part of it ("por dentro", shown for the buyer's credit) and ICMS-ST, where the supplier has a
 * substitution rule for the product's NCM and destination, is added as well.
 */
public interface Taxes {

    /**
     * @param originState      the supplier's state (UF); empty when the supplier has not registered its company
     * @param destinationState where the goods go (the ship-to's UF); empty: the origin (an internal sale)
     */
    TaxedSale compute(Optional<String> originState, Optional<String> destinationState, List<TaxableLine> lines);

    /** A line's goods: its NCM and IPI rate as the catalog has them (either may be unknown), and its value. */
    record TaxableLine(String sku, String ncm, BigDecimal ipiRate, Money value) {
    }

    /**
     * @param icmsRate the ICMS rate that applies between the two states (internal or interstate)
     * @param stMva    the substitution rule's added-value margin, when one applies
     * @param icmsSt   what the supplier collects in advance for the buyer's resale (zero without a rule)
     */
    record LineTaxes(String sku, String ncm, BigDecimal ipiRate, Money ipi, BigDecimal icmsRate, Money icms,
                     Optional<BigDecimal> stMva, Optional<BigDecimal> destinationRate, Money icmsSt) {

        /** The line's value with the taxes added to the price: IPI and ICMS-ST. */
        public Money withTaxes(Money value) {
            return value.plus(ipi).plus(icmsSt);
        }
    }

    /**
     * A sale's taxes.
     *
     * @param goods   the lines' value before taxes added to the price
     * @param icms    included in {@code goods} (shown, not added)
     * @param interstate whether the goods cross a state border (the interstate ICMS rate applies)
     */
    record TaxedSale(List<LineTaxes> lines, Money goods, Money ipi, Money icms, Money icmsSt, Optional<String> originState,
                     Optional<String> destinationState, boolean interstate) {

        /** What the buyer pays: the goods, IPI and ICMS-ST. */
        public Money total() {
            return goods.plus(ipi).plus(icmsSt);
        }

        public Optional<LineTaxes> line(String sku) {
            return lines.stream().filter(l -> l.sku().equals(sku)).findFirst();
        }
    }
}
