package dev.feira.ordering.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.CatalogAccess;
import dev.feira.ordering.OrderAccess;
import dev.feira.ordering.Orders;
import dev.feira.ordering.PlacedOrder;
import dev.feira.tenancy.TenantDirectory;

@Component
class CallerOrderAccess implements OrderAccess {

    private final Orders orders;
    private final BuyerAccountDirectory accounts;
    private final CatalogAccess access;
    private final TenantDirectory tenants;

    CallerOrderAccess(Orders orders, BuyerAccountDirectory accounts, CatalogAccess access, TenantDirectory tenants) {
        this.orders = orders;
        this.accounts = accounts;
        this.access = access;
        this.tenants = tenants;
    }

    @Override
    public Optional<PlacedOrder> visibleToCaller(UUID order) {
        var supplier = tenants.current();
        if (supplier.isEmpty()) {
            return Optional.empty();
        }
        var buyer = accounts.ofCaller();
        boolean staff = buyer.isEmpty() && access.mayManage(supplier.get());
        return orders.byId(order).filter(o -> buyer.map(b -> b.id().equals(o.buyerAccount())).orElse(staff))
                .map(o -> buyer.isPresent() ? o : o.asSupplierSees());
    }
}
