package dev.feira.identity;

import java.util.UUID;

/**
 * A buyer company's account at the current supplier, as other modules see it: who the customer is,
 * which customer category the supplier put it in (the key to category prices and discounts).
 *
 * @param buyerCompanyTaxId the company's CNPJ as it was given (null when unknown)
 */
public record BuyerAccountProfile(
        UUID id,
        String accountNumber,
        UUID buyerCompanyId,
        String buyerCompanyCode,
        String buyerCompanyName,
        String customerCategory,
        String buyerCompanyTaxId) {

    public boolean inCategory(String category) {
        return customerCategory != null && customerCategory.equals(category);
    }
}
