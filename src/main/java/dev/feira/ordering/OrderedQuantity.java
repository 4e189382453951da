package dev.feira.ordering;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * A quantity as the buyer chose it: counted in the product's base unit (stock, lots and prices are), and, when the
 * buyer chose a bigger unit of sale, in that one too — "1 FD (10 CX)", never a bare "10" the buyer did not type.
 *
 * @param base        the quantity in the base unit
 * @param baseUnit    the product's base unit ("CX")
 * @param saleUnit    the unit the buyer chose when it is not the base unit ("FD"), with how many base units it holds
 */
public record OrderedQuantity(int base, String baseUnit, Optional<SaleUnit> saleUnit) {

    /** A unit of sale and how many base units one holds. */
    public record SaleUnit(String code, int baseUnits) {
        public SaleUnit {
            if (baseUnits < 2) {
                throw new IllegalArgumentException("A unit of sale holds 2 or more base units");
            }
        }
    }

    public OrderedQuantity {
        saleUnit = saleUnit.filter(unit -> base % unit.baseUnits() == 0); // a quantity that no longer fits is shown in the base unit
    }

    /** The quantity in the unit the buyer chose (the base unit when none other). */
    public int inChosenUnit() {
        return saleUnit.map(unit -> base / unit.baseUnits()).orElse(base);
    }

    /** The unit the buyer chose. */
    public String chosenUnit() {
        return saleUnit.map(SaleUnit::code).orElse(baseUnit);
    }

    /** "1 FD (10 CX)", or "10 CX" in the base unit; numbers grouped as the language writes them. */
    public String text(Locale locale) {
        String inBase = baseText(locale);
        return saleUnit.map(unit -> NumberFormat.getIntegerInstance(locale).format(inChosenUnit()) + " " + unit.code() + " (" + inBase + ")")
                .orElse(inBase);
    }

    /** "10 CX": the quantity in the base unit. */
    public String baseText(Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(base) + " " + baseUnit;
    }
}
