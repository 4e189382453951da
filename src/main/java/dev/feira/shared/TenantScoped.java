package dev.feira.shared;

/**
 * Something that belongs to one tenant — typically an event. Module listeners receiving a
 * {@code TenantScoped} argument run bound to its tenant (see {@code TenantScopedListeners}), so a
 * listener's transaction is row-level-secured to the event's tenant from its first statement.
 */
public interface TenantScoped {

    TenantId tenant();
}
