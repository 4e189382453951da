package dev.feira.ordering.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.feira.ordering.OrderStatus;

/** What the supplier's inbox shows: what needs its action (the default), everything, or one status. */
record InboxFilter(String label, Set<OrderStatus> statuses) {

    static final InboxFilter NEEDS_ACTION = new InboxFilter("inbox.needs-action", OrderStatus.awaitingSupplier());
    static final InboxFilter ALL = new InboxFilter("orders.all", EnumSet.allOf(OrderStatus.class));

    static List<InboxFilter> all() {
        var filters = new ArrayList<>(List.of(NEEDS_ACTION, ALL));
        for (OrderStatus status : OrderStatus.values()) {
            filters.add(new InboxFilter("orders.status." + status, EnumSet.of(status)));
        }
        return filters;
    }
}
