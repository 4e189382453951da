package dev.feira.testing;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;

/**
 * Work done in a test on a supplier's portal by somebody: the module services check their caller, so a test that
 * sets stock or edits prices does it as the supplier (its own systems' token) or as a named person, as the app does.
 * Whoever was signed in before is signed in again afterwards.
 */
public final class Acting {

    private Acting() {
    }

    /** As the supplier's own systems (a token of its integration client), on its portal. */
    public static <T> T asSupplier(TenantId supplier, Supplier<T> work) {
        return asSystemOf(supplier, supplier, work);
    }

    /** As a supplier's own systems, on the portal of {@code portal} (maybe another supplier's). */
    public static <T> T asSystemOf(TenantId supplier, TenantId portal, Supplier<T> work) {
        var jwt = Jwt.withTokenValue("test").header("alg", "none").subject(supplier + "-erp")
                .claim("supplier", supplier.value().toString()).build();
        return signedIn(new JwtAuthenticationToken(jwt), () -> TenantContext.callAs(portal, work));
    }

    public static void asSupplier(TenantId supplier, Runnable work) {
        asSupplier(supplier, () -> {
            work.run();
            return null;
        });
    }

    /** As a person signed in with their user name (read afresh from the database, as every request is). */
    public static <T> T asPerson(String username, TenantId portal, Supplier<T> work) {
        return signedIn(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()),
                () -> TenantContext.callAs(portal, work));
    }

    private static <T> T signedIn(Authentication who, Supplier<T> work) {
        var context = SecurityContextHolder.getContextHolderStrategy();
        Authentication before = context.getContext().getAuthentication();
        var signedIn = context.createEmptyContext();
        signedIn.setAuthentication(who);
        context.setContext(signedIn);
        try {
            return work.get();
        } finally {
            var restored = context.createEmptyContext();
            restored.setAuthentication(before);
            context.setContext(restored);
        }
    }
}
