package dev.feira.ordering;

import java.util.Optional;
import java.util.UUID;

/**
 * Which of the current supplier's orders the caller may see — the one rule the order pages and the integration API
 * share, so they cannot disagree.
 */
public interface OrderAccess {

    /**
     * The order, when the caller may see it: a buyer (person or system) its own account's orders; the supplier's staff,
     * systems and operators every order of the supplier. Anybody else — another buyer, another supplier, a visitor —
     * gets nothing, as if there were no such order.
     */
    Optional<PlacedOrder> visibleToCaller(UUID order);
}
