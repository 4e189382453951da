/** Ordering's pages (cart, orders, approvals, team) and the cart notices other modules' pages use when they add to a cart. */
@org.springframework.modulith.NamedInterface("ui")
package dev.feira.ordering.ui;
