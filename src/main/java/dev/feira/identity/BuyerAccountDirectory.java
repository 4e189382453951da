package dev.feira.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current supplier's buyer accounts. */
public interface BuyerAccountDirectory {

    /**
     * The account the caller buys through at the current supplier: a buyer's signed-in person or
     * their integration client. Empty for visitors, supplier staff and operators.
     */
    Optional<BuyerAccountProfile> ofCaller();

    Optional<BuyerAccountProfile> byId(UUID id);

    Optional<BuyerAccountProfile> byAccountNumber(String accountNumber);

    /** Every account of the supplier, by account number. */
    List<BuyerAccountProfile> all();
}
