package dev.feira.pricing;

/**
 * How a buyer orders a product: at least {@code minimum} units, in multiples of {@code multiple}.
 * {@code ruleCode} names the supplier's order rule that set it, or is null for the product's own.
 */
public record OrderLot(int minimum, int multiple, String ruleCode) {

    public boolean allows(int quantity) {
        return quantity >= minimum && quantity % multiple == 0;
    }
}
