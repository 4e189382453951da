package dev.feira.ordering;

import dev.feira.shared.TenantId;

/** Live updates for the supplier's order inbox: run when one of its orders arrives or moves. */
public interface OrderInboxUpdates {

    /** @return a handle that stops the updates (a closed page) */
    Runnable listen(TenantId supplier, Runnable onChange);
}
