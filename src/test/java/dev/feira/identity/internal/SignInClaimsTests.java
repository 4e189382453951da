package dev.feira.identity.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

class SignInClaimsTests {

    private final TenantId ownSupplier = TenantId.random();
    private final TenantId otherSupplier = TenantId.random();

    @Test
    void aSupplierAdminIsAnAdminOnItsOwnPortal() {
        var authorities = TenantContext.callAs(ownSupplier, () -> map(List.of("SUPPLIER_ADMIN"), ownSupplier));

        assertThat(names(authorities)).contains("ROLE_SUPPLIER_ADMIN");
    }

    @Test
    void aSupplierAdminIsAStrangerOnAnotherSuppliersPortal() {
        var authorities = TenantContext.callAs(otherSupplier, () -> map(List.of("SUPPLIER_ADMIN", "SALES_REP"), ownSupplier));

        assertThat(names(authorities)).doesNotContain("ROLE_SUPPLIER_ADMIN", "ROLE_SALES_REP");
    }

    @Test
    void buyerRolesHoldOnEveryPortalAndUnknownRolesGrantNothing() {
        var authorities = TenantContext.callAs(otherSupplier, () -> map(List.of("PURCHASER", "APPROVER", "SUPERUSER"), null));

        assertThat(names(authorities)).contains("ROLE_PURCHASER", "ROLE_APPROVER").doesNotContain("ROLE_SUPERUSER");
    }

    private static Collection<? extends GrantedAuthority> map(List<String> roles, TenantId supplier) {
        var claims = new java.util.HashMap<String, Object>(Map.of("sub", "someone@example.com", SignInClaims.ROLES, roles));
        if (supplier != null) {
            claims.put(SignInClaims.SUPPLIER, supplier.toString());
        }
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), claims);
        return SignInClaims.authoritiesMapper().mapAuthorities(Set.of(new OidcUserAuthority(token)));
    }

    private static List<String> names(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).toList();
    }
}
