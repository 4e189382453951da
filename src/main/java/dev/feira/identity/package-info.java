/**
 * Identity: who signs in and what they may do. Users and buyer companies live in PostgreSQL; the
 * built-in OAuth2/OIDC authorization server signs them in once for every portal host, and each
 * host is an OIDC client of it (authorization code + PKCE).
 * <p>
 * API: {@link dev.feira.identity.CurrentUser}, {@link dev.feira.identity.PortalUser},
 * {@link dev.feira.identity.Role}, {@link dev.feira.identity.CatalogAccess},
 * {@link dev.feira.identity.BuyerAccountDirectory}, {@link dev.feira.identity.BuyerAccountProfile}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "tenancy :: ui"})
package dev.feira.identity;
