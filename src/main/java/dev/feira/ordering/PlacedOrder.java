package dev.feira.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.feira.pricing.TradeTerms.PaymentMethod;
import dev.feira.shared.Money;

/**
 * An order as buyers and suppliers see it: the prices, terms and quantities the buyer accepted,
 * what the supplier declined, and its story so far.
 *
 * @param total       the value of the lines the supplier did not decline
 * @param invoice     once invoiced: the number, the date and the instalments' due dates
 * @param paidAt      when the payment arrived (card payments may arrive before the invoice)
 * @param offerPercent the supplier's offer the order was placed with: the lines' prices have it taken off
 * @param reference   where an order placed from a quote came from (an RFQ's number)
 * @param purchase    the buyer's PO number, ship-to, requested delivery date and note
 * @param taxes       the taxes of the lines not declined, as computed when the order was placed
 */
public record PlacedOrder(UUID id, String number, UUID buyerAccount, OrderStatus status, Money total, String paymentTerms,
                          String freight, int leadTimeDays, Instant placedAt, Optional<String> statusReason, List<Line> lines,
                          List<Step> timeline, Optional<Invoice> invoice, PaymentMethod paymentMethod, Optional<Instant> paidAt,
                          Optional<String> paymentFailure, Optional<Purchaser> placedBy, int approvalLevels, List<Approval> approvals,
                          Optional<BigDecimal> offerPercent, Optional<String> reference, PurchaseDetails purchase,
                          TaxSummary taxes) {

    /** What the buyer pays: the goods ({@link #total}) with the taxes added to the price (IPI, ICMS-ST). */
    public Money payable() {
        return total.plus(taxes.ipi()).plus(taxes.icmsSt());
    }

    /**
     * @param icms        included in the goods' prices, shown for the buyer's tax credit
     * @param originState the supplier's state; {@code destinationState} where the goods go
     */
    public record TaxSummary(Money ipi, Money icms, Money icmsSt, Optional<String> originState, Optional<String> destinationState) {
    }

    /** A line's taxes: IPI and ICMS-ST are added to its total, ICMS is in it. */
    public record LineTax(String ncm, BigDecimal ipiRate, Money ipi, BigDecimal icmsRate, Money icms, Money icmsSt) {
    }

    /**
     * @param position  the line's number in the order, as deliveries name it
     * @param unit      the product's base unit, in which {@code quantity} and {@code unitPrice} count
     * @param rejection why the supplier declined this line (then it is neither delivered nor billed)
     * @param saleUnit  the bigger unit the buyer chose, if any
     * @param quantity  what the order holds of it: the supplier's confirmed quantity once it confirmed less
     * @param confirmed what the supplier changed when confirming
     */
    public record Line(int position, String sku, String name, String unit, int quantity, Money unitPrice, Money total,
                       Optional<String> rejection, Optional<OrderedQuantity.SaleUnit> saleUnit, Optional<LineTax> tax,
                       Confirmed confirmed) {

        /** The quantity the buyer ordered, before any change by the supplier. */
        public OrderedQuantity asked() {
            return new OrderedQuantity(confirmed.orderedQuantity().orElse(quantity), unit, saleUnit);
        }

        /** The quantity as the buyer chose it: "1 FD (10 CX)". */
        public OrderedQuantity ordered() {
            return new OrderedQuantity(quantity, unit, saleUnit);
        }

        public boolean accepted() {
            return rejection.isEmpty();
        }
    }

    /**
     * What the supplier changed on a line when confirming: less than ordered (the buyer's quantity and why) and the day it
     * promised the line for.
     */
    public record Confirmed(Optional<Integer> orderedQuantity, Optional<String> reason, Optional<LocalDate> promisedFor) {

        public static final Confirmed AS_ORDERED = new Confirmed(Optional.empty(), Optional.empty(), Optional.empty());

        public boolean reduced() {
            return orderedQuantity.isPresent();
        }
    }

    /**
     * One step of the order's story: a status it took (with the note that came with it: a reason, a
     * tracking number), or a payment received or failed while it was in {@code status}.
     */
    public record Step(Instant at, Kind kind, OrderStatus status, Optional<String> note) {

        public enum Kind { STATUS, PAYMENT_RECEIVED, PAYMENT_FAILED }
    }

    public record Invoice(String number, Instant issuedAt, List<LocalDate> dueDates) {
    }

    public record Purchaser(UUID id, String name) {
    }

    /** A decision at one approval level. */
    public record Approval(int level, UUID decidedBy, String deciderName, boolean approved, Optional<String> comment, Instant at) {
    }

    /**
     * The order as the supplier sees it: what the buyer company's approvers wrote is internal to the company — the
     * supplier learns that the order was approved or rejected by the buyer, never why.
     */
    public PlacedOrder asSupplierSees() {
        boolean rejectedByApprover = approvals.stream().anyMatch(a -> !a.approved());
        java.util.function.Predicate<OrderStatus> internal = s -> s == OrderStatus.APPROVED
                || (s == OrderStatus.REJECTED && rejectedByApprover);
        return new PlacedOrder(id, number, buyerAccount, status, total, paymentTerms, freight, leadTimeDays, placedAt,
                internal.test(status) ? Optional.empty() : statusReason, lines,
                timeline.stream().map(step -> internal.test(step.status()) && step.kind() == Step.Kind.STATUS
                        ? new Step(step.at(), step.kind(), step.status(), Optional.empty()) : step).toList(),
                invoice, paymentMethod, paidAt, paymentFailure, placedBy, approvalLevels,
                approvals.stream().map(a -> new Approval(a.level(), a.decidedBy(), a.deciderName(), a.approved(), Optional.empty(), a.at()))
                        .toList(), offerPercent, reference, purchase, taxes);
    }

    /** The approval level waiting for a decision, while the order awaits approval. */
    public Optional<Integer> levelAwaitingDecision() {
        return status == OrderStatus.AWAITING_APPROVAL ? Optional.of(approvals.size() + 1) : Optional.empty();
    }

    /** Whether the buyer still has to pay it by card: placed to be paid so, approved, not paid, not called off. */
    public boolean awaitsCardPayment() {
        return paymentMethod == PaymentMethod.CARD && paidAt.isEmpty() && status != OrderStatus.AWAITING_APPROVAL
                && status != OrderStatus.REJECTED && status != OrderStatus.CANCELLED;
    }

    /** Whether the buyer may still call it off: before the supplier confirmed it. */
    public boolean cancellable() {
        return status.mayBecome(OrderStatus.CANCELLED);
    }
}
