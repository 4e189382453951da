package dev.feira.identity;

import java.util.UUID;

/**
 * A buyer company's account at the current supplier, as other modules see it: who the customer is,
 * which customer category the supplier put it in (the key to category prices and discounts).
 */
public record BuyerAccountProfile(
        UUID id,
        String accountNumber,
        UUID buyerCompanyId,
        String buyerCompanyCode,
        String buyerCompanyName,
        String customerCategory) {

    public boolean inCategory(String category) {
        return customerCategory != null && customerCategory.equals(category);
    }
}
