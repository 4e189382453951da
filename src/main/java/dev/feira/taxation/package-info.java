/**
 * Taxation: the Brazilian taxes on a sale of goods between companies, computed per line for the cart, the order and
 * the invoice — IPI by the product's rate, ICMS by the origin and destination states, ICMS-ST where the supplier
 * configured a substitution rule (see docs/decisions/010). Issuing an NF-e is not part of it.
 * <p>
 * API: {@link dev.feira.taxation.Taxes}, {@link dev.feira.taxation.SubstitutionRules}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "tenancy :: ui", "identity"})
package dev.feira.taxation;
