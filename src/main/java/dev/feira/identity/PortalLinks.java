package dev.feira.identity;

import dev.feira.tenancy.TenantProfile;

/** Absolute links into the portal, as a browser reaches it: for mails and webhooks that leave the app. */
public interface PortalLinks {

    /** A page of a supplier's portal, e.g. {@code to(ferragens, "orders/…")}, on the supplier's first host. */
    String to(TenantProfile supplier, String path);

    /** A page of the marketplace itself (the platform's first host), e.g. {@code marketplace("sell/verify/…")}. */
    String marketplace(String path);
}
