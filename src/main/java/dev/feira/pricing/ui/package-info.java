/** Portal components that show prices and their reasons, for any module's views (catalog, product page, cart). */
@org.springframework.modulith.NamedInterface("ui")
package dev.feira.pricing.ui;
