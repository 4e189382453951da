/**
 * Tenancy: the supplier tenants, the host names they answer on, their branding, and the branded
 * portal shell every other module's views live in.
 * <p>
 * API: {@link dev.feira.tenancy.TenantDirectory}, {@link dev.feira.tenancy.TenantProfile},
 * {@link dev.feira.tenancy.TenantDefinitionLoaded}; the portal shell in {@code tenancy.ui}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package dev.feira.tenancy;
