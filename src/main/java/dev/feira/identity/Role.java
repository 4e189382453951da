package dev.feira.identity;

/** What a user may do. Supplier roles apply at the user's own supplier; buyer roles at every supplier their company has an account with. */
public enum Role {
    PLATFORM_OPERATOR,
    SUPPLIER_ADMIN,
    SALES_REP,
    BUYER_ADMIN,
    PURCHASER,
    APPROVER;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isSupplierRole() {
        return this == SUPPLIER_ADMIN || this == SALES_REP;
    }

    public boolean isBuyerRole() {
        return this == BUYER_ADMIN || this == PURCHASER || this == APPROVER;
    }
}
