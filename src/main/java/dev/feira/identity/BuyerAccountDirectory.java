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

    /** The current supplier's account of a buyer company, if it has one there. */
    Optional<BuyerAccountProfile> accountOfCompany(UUID buyerCompany);

    /** The buyer company the caller acts for, on any host (the marketplace's too): empty for everyone else. */
    Optional<BuyerCaller> buyerCaller();

    Optional<BuyerAccountProfile> byAccountNumber(String accountNumber);

    /** The supplier's sales rep who looks after the account, if one is assigned. */
    Optional<PortalUser> salesRepOf(UUID buyerAccount);

    /** Every account of the supplier, by account number. */
    List<BuyerAccountProfile> all();

    /**
     * Puts the account in a customer category (null or blank: none); the category's price lists,
     * discounts and assortment apply to it from the next price on.
     *
     * @throws IllegalArgumentException when there is no such account or the category name is unusable
     */
    BuyerAccountProfile assignCategory(String accountNumber, String category);
}
