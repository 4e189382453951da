/**
 * Platform: the marketplace's own front door on the bare host, and the operators' console over
 * all tenants.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "tenancy :: ui"})
package dev.feira.platform;
