package dev.feira.rfq;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.feira.shared.TenantId;

/**
 * A round of negotiation after the deadline: the suppliers chosen revise their quotes until a new deadline, told what
 * the buyer aims at per line ({@code targets}, optional) and why ({@code note}). The others' quotes stand as they are.
 */
public record NegotiationRound(Instant deadline, Set<TenantId> suppliers, Map<UUID, BigDecimal> targets, String note) {

    public NegotiationRound {
        suppliers = suppliers == null ? Set.of() : Set.copyOf(suppliers);
        targets = targets == null ? Map.of() : Map.copyOf(targets);
    }
}
