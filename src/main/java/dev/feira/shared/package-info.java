/**
 * Shared kernel: the few value types and infrastructure every module needs — the tenant a piece of
 * work runs for, money, and the persistence plumbing that binds each transaction to its tenant.
 * Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.feira.shared;
