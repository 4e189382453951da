package dev.feira.tenancy.ui;

/** Marks a view that only makes sense on a supplier's host; the marketplace's navigation leaves it out. */
public interface SupplierPortalView {
}
