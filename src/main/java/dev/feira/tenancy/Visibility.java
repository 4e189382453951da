package dev.feira.tenancy;

/** Who may browse a supplier's catalog. */
public enum Visibility {
    /** Anyone sees the catalog; prices only after sign-in. */
    PUBLIC,
    /** Only the supplier's own staff and buyers with an account there. */
    PRIVATE
}
