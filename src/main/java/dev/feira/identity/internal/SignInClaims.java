package dev.feira.identity.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import dev.feira.identity.Role;
import dev.feira.shared.TenantContext;

/**
 * The claims Feira puts in its ID tokens and how a portal host turns them back into authorities.
 * A supplier role counts only on that supplier's own host: an admin of one supplier is a stranger
 * on another's portal.
 */
final class SignInClaims {

    static final String ROLES = "roles";
    static final String SUPPLIER = "supplier";
    static final String BUYER_COMPANY = "buyer_company";

    private SignInClaims() {
    }

    static OAuth2TokenCustomizer<JwtEncodingContext> idTokenCustomizer(UserAccounts users, ApiClients apiClients) {
        return context -> {
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                // An integration client's token is for the API and names the organisation it acts for, nothing more.
                // An ArrayList: the claims are stored with the authorization and read back only as allowed types.
                context.getClaims().audience(new java.util.ArrayList<>(java.util.List.of(ApiTokens.AUDIENCE)));
                apiClients.findByClientId(context.getRegisteredClient().getClientId()).ifPresent(client -> {
                    client.supplier().ifPresent(s -> context.getClaims().claim(SUPPLIER, s.toString()));
                    client.buyerCompanyId().ifPresent(c -> context.getClaims().claim(BUYER_COMPANY, c.toString()));
                });
                return;
            }
            boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
            boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            if (!idToken && !accessToken) {
                return;
            }
            users.findByUsernameIgnoreCase(context.getPrincipal().getName()).ifPresent(user -> {
                // An ArrayList: the claims are stored with the authorization, and read back only as types Spring Security allows.
                context.getClaims().claim(ROLES, user.roles().stream().map(Role::name).sorted()
                        .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new)));
                user.supplier().ifPresent(s -> context.getClaims().claim(SUPPLIER, s.toString()));
                user.buyerCompanyId().ifPresent(c -> context.getClaims().claim(BUYER_COMPANY, c.toString()));
                if (idToken) {
                    context.getClaims().claim("name", user.displayName());
                    context.getClaims().claim("email", user.username());
                }
            });
        };
    }

    static GrantedAuthoritiesMapper authoritiesMapper() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    // The marketplace and the sign-in service share the bare host's session: when a supplier
                    // host signs in next, the authorization server issues its ID token from this login and
                    // needs to know when the person authenticated (with their password, at auth_time).
                    var token = oidc.getIdToken();
                    Instant authenticatedAt = token.getAuthenticatedAt() != null ? token.getAuthenticatedAt() : token.getIssuedAt();
                    if (authenticatedAt != null && authorities.stream().noneMatch(FactorGrantedAuthority.class::isInstance)) {
                        mapped.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                                .issuedAt(authenticatedAt).build());
                    }
                    String supplier = oidc.getIdToken().getClaimAsString(SUPPLIER);
                    boolean onOwnPortal = supplier != null
                            && TenantContext.current().map(t -> t.toString().equals(supplier)).orElse(false);
                    for (String name : rolesOf(oidc.getIdToken().getClaimAsStringList(ROLES))) {
                        Role role = Role.valueOf(name);
                        if (!role.isSupplierRole() || onOwnPortal) {
                            mapped.add(new SimpleGrantedAuthority(role.authority()));
                        }
                    }
                }
            }
            return mapped;
        };
    }

    private static Collection<String> rolesOf(List<String> claim) {
        if (claim == null) {
            return List.of();
        }
        List<String> known = new ArrayList<>();
        for (String name : claim) {
            try {
                known.add(Role.valueOf(name).name());
            } catch (IllegalArgumentException ignored) {
                // a role this version does not know grants nothing
            }
        }
        return known;
    }
}
