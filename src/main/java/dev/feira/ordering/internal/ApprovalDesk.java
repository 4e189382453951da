package dev.feira.ordering.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.CurrentUser;
import dev.feira.identity.PortalUser;
import dev.feira.ordering.ApprovalDecided;
import dev.feira.ordering.Approvals;
import dev.feira.ordering.CartActivity;
import dev.feira.ordering.OrderStatus;
import dev.feira.ordering.PlacedOrder;
import dev.feira.shared.TenantContext;

/**
 * Approvers' decisions. Who may decide a level: a person of the order's buyer company with the
 * level's role, who did not place the order. The purchaser's cart stays locked until the last
 * decision: approved, it empties; rejected, it opens again as it was.
 */
@Service
@Transactional
class ApprovalDesk implements Approvals {

    private final OrderStore orders;
    private final OrderDesk orderDesk;
    private final CartStore carts;
    private final PurchasingRules rules;
    private final CurrentUser currentUser;
    private final BuyerAccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final CartOfferStore offers;

    ApprovalDesk(OrderStore orders, OrderDesk orderDesk, CartStore carts, PurchasingRules rules, CurrentUser currentUser,
                 BuyerAccountDirectory accounts, ApplicationEventPublisher events, CartOfferStore offers) {
        this.orders = orders;
        this.offers = offers;
        this.orderDesk = orderDesk;
        this.carts = carts;
        this.rules = rules;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlacedOrder> awaitingMyDecision(BuyerAccountProfile buyer) {
        var me = currentUser.get();
        if (me.isEmpty()) {
            return List.of();
        }
        return orders.ofBuyer(buyer.id(), OrderStatus.AWAITING_APPROVAL, PageRequest.of(0, 200)).stream()
                .filter(order -> refusal(me.get(), order, buyer).isEmpty()).map(PurchaseOrder::toPlacedOrder).toList().reversed();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> awaitedDeciders(PlacedOrder order) {
        var level = order.levelAwaitingDecision();
        var buyer = accounts.ofCaller().filter(account -> account.id().equals(order.buyerAccount()));
        if (level.isEmpty() || buyer.isEmpty()) {
            return List.of();
        }
        return rules.deciders(buyer.get().buyerCompanyId(), level.get(), order.placedBy().map(PlacedOrder.Purchaser::id)).stream()
                .map(PortalUser::displayName).sorted().toList();
    }

    @Override
    public PlacedOrder approve(UUID order, String comment) {
        return decide(order, true, comment);
    }

    @Override
    public PlacedOrder reject(UUID order, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new ApprovalRefusal("Say why, for the purchaser");
        }
        return decide(order, false, comment);
    }

    private PlacedOrder decide(UUID id, boolean approve, String comment) {
        PortalUser me = currentUser.get().orElseThrow(() -> new ApprovalRefusal("Sign in to decide"));
        PurchaseOrder order = orders.findById(id).orElseThrow(() -> new ApprovalRefusal("No order " + id));
        BuyerAccountProfile buyer = accounts.byId(order.buyerAccountId()).orElseThrow();
        refusal(me, order, buyer).ifPresent(reason -> {
            throw new ApprovalRefusal(reason);
        });
        int level = order.toPlacedOrder().levelAwaitingDecision().orElseThrow();
        OrderStatus from = order.decide(me.id(), me.displayName(), approve, comment);
        var tenant = TenantContext.require();
        PlacedOrder decided;
        if (order.status() == OrderStatus.AWAITING_APPROVAL) { // approved at a level below the last: on to the next
            decided = orders.save(order).toPlacedOrder();
            orderDesk.requestApproval(order, buyer, level + 1);
        } else {
            boolean approved = order.status() == OrderStatus.APPROVED;
            if (approved) {
                orderDesk.countInSpend(order);
            }
            decided = orderDesk.moved(order, from, comment);
            carts.findByBuyerAccountId(buyer.id()).filter(c -> c.awaitingOrder().filter(id::equals).isPresent()).ifPresent(cart -> {
                cart.approvalDecided(approved);
                carts.save(cart);
                if (approved) {
                    offers.withdraw(cart.getId());
                }
                events.publishEvent(new CartActivity(tenant, cart.getId(), buyer.id(),
                        approved ? CartActivity.Kind.CONVERTED_TO_ORDER : CartActivity.Kind.APPROVAL_REJECTED, null, decided.total(),
                        decided.lines().size(), Instant.now()));
            });
        }
        order.placedBy().ifPresent(purchaser -> events.publishEvent(new ApprovalDecided(tenant, id, order.number(), purchaser,
                me.displayName(), approve, comment, level, decided.approvalLevels(), Instant.now())));
        return decided;
    }

    /** Why this person may not decide the order now; empty when they may. */
    private Optional<String> refusal(PortalUser me, PurchaseOrder order, BuyerAccountProfile buyer) {
        if (order.status() != OrderStatus.AWAITING_APPROVAL) {
            return Optional.of("Order " + order.number() + " is not awaiting approval");
        }
        if (me.buyerCompany().filter(c -> c.id().equals(buyer.buyerCompanyId())).isEmpty()) {
            return Optional.of("Only " + buyer.buyerCompanyName() + " decides on its orders");
        }
        if (order.placedBy().filter(me.id()::equals).isPresent()) {
            return Optional.of("Someone else approves your own order");
        }
        int level = order.toPlacedOrder().levelAwaitingDecision().orElseThrow();
        var role = rules.approverAt(buyer.buyerCompanyId(), level);
        if (!me.has(role)) {
            return Optional.of("Level " + level + " of order " + order.number() + " is decided by a " + role.name().toLowerCase().replace('_', ' '));
        }
        return Optional.empty();
    }
}
