package dev.feira.recovery.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.feira.recovery.RuleDefinition.Action;
import dev.feira.shared.Money;

/** What the team is told of a new alert, read for the listeners of {@link dev.feira.recovery.RecoveryAlertsRaised}. */
record RaisedAlert(UUID id, UUID cart, UUID buyerAccount, String buyerName, Optional<UUID> salesRep, String rule, Set<Action> actions,
                   Money value) {

    /** As the store's query selects it. */
    RaisedAlert(UUID id, UUID cart, UUID buyerAccount, String buyerName, UUID salesRep, String rule, String[] actions, BigDecimal value,
                String currency) {
        this(id, cart, buyerAccount, buyerName, Optional.ofNullable(salesRep), rule,
                Arrays.stream(actions).map(Action::valueOf).collect(() -> EnumSet.noneOf(Action.class), Set::add, Set::addAll),
                new Money(value, Currency.getInstance(currency)));
    }
}
