/**
 * Pricing: what a buyer pays at a supplier, and why. Customer categories, price lists (general,
 * per category, per buyer) with volume tiers and validity, discount rules, promotions, and the
 * buyer's payment and delivery terms. One resolution service prices search hits, product pages,
 * carts and quotes, and returns the trace of the rules it applied.
 * <p>
 * API: {@link dev.feira.pricing.Pricing}, {@link dev.feira.pricing.PriceQuote},
 * {@link dev.feira.pricing.PriceStep}, {@link dev.feira.pricing.TradeTerms},
 * {@link dev.feira.pricing.ConditionsChanged}. The precedence is written down in
 * {@code dev.feira.pricing.internal.PriceResolver} and {@code docs/decisions/003-price-resolution.md}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "tenancy :: ui", "identity", "identity :: ui", "catalog"})
package dev.feira.pricing;
