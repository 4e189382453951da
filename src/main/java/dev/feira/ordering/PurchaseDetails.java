package dev.feira.ordering;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a B2B buyer writes on its order besides the lines: its own purchase-order number (which its accounts payable
 * matches the invoice against), where to deliver, when it wants the goods and a note to the supplier.
 *
 * @param shipTo the delivery address as it was when the order was placed: a later change of the company's addresses
 *               does not move an order already on its way
 */
public record PurchaseDetails(Optional<String> buyerPoNumber, Optional<ShipTo> shipTo, Optional<LocalDate> requestedDelivery,
                              Optional<String> noteToSupplier) {

    public static final PurchaseDetails NONE = new PurchaseDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * A delivery address of the buyer company: a branch with its own CNPJ, or the company's head office.
     *
     * @param state the UF ("SP"), on which the ICMS rate depends
     */
    public record ShipTo(String label, String taxId, String address, String state) {
    }
}
