/**
 * Platform: the marketplace's own front door on the bare host (with the cross-supplier comparison),
 * and the operators' console over all tenants.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "tenancy :: ui", "search", "pricing", "catalog", "identity", "ordering", "recovery"})
package dev.feira.platform;
