package dev.feira.platform;

import dev.feira.shared.TenantId;

/** A supplier's plan was chosen or changed (by its admin or an operator); billing follows. */
public record PlanChosen(TenantId tenant, String plan, String by) {
}
