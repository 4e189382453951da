package dev.feira.ordering;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for who sees an order, which the order page and the API both ask: its buyer and its supplier only. */
@SpringBootTest
@ActiveProfiles("test")
class OrderAccessIntegrationTests {

    @Autowired
    OrderAccess orderAccess;
    @Autowired
    Orders orders;
    @Autowired
    Carts carts;
    @Autowired
    BuyerAccountDirectory accounts;
    @Autowired
    TenantDirectory tenants;

    @AfterEach
    void nobody() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBuyerSeesItsOwnOrderTheSupplierSeesAllAndNobodyElseSeesAny() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        var escritorio = tenants.bySlug("escritorio").orElseThrow().id();
        var vale = TenantContext.callAs(ferragens, () -> accounts.byAccountNumber("FP-10007")).orElseThrow();
        var horizonte = TenantContext.callAs(ferragens, () -> accounts.byAccountNumber("FP-10021")).orElseThrow();
        UUID order = TenantContext.callAs(ferragens, () -> {
            carts.empty(vale);
            carts.add(vale, "FP-00106", 4, null);
            return orders.place(vale, "order-access-" + UUID.randomUUID()).id();
        });

        assertThat(as(Map.of("buyer_company", vale.buyerCompanyId().toString()), () -> visibleAt(ferragens, order))).isTrue();
        assertThat(as(Map.of("supplier", ferragens.value().toString()), () -> visibleAt(ferragens, order))).isTrue();
        assertThat(as(Map.of("buyer_company", horizonte.buyerCompanyId().toString()), () -> visibleAt(ferragens, order))).isFalse();
        assertThat(as(Map.of("supplier", escritorio.value().toString()), () -> visibleAt(ferragens, order))).isFalse();
        assertThat(as(Map.of("supplier", escritorio.value().toString()), () -> visibleAt(escritorio, order))).isFalse();
        assertThat(visibleAt(ferragens, order)).as("nobody signed in").isFalse();
    }

    private boolean visibleAt(dev.feira.shared.TenantId tenant, UUID order) {
        return TenantContext.callAs(tenant, () -> orderAccess.visibleToCaller(order).isPresent());
    }

    private static <T> T as(Map<String, Object> claims, Supplier<T> work) {
        var jwt = Jwt.withTokenValue("test").header("alg", "none").subject("client").claims(c -> c.putAll(claims)).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
