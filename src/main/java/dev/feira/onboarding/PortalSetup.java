package dev.feira.onboarding;

import java.util.List;

import dev.feira.tenancy.PortalBranding;
import dev.feira.tenancy.TenantProfile;

/**
 * A new portal's set-up, for its admins (on the portal's own host) and its own systems: branding, and the go-live
 * checklist over what the other desks hold. Going live opens the portal to buyers and starts its plan's trial.
 */
public interface PortalSetup {

    /**
     * @throws org.springframework.security.access.AccessDeniedException for anybody but the portal's admins and systems
     */
    SetupProgress progress();

    /**
     * @throws SignupRefused for a colour white text is hard to read on (below 4.5:1, with a darker suggestion), a logo
     *                       that is not a PNG, JPEG or WebP picture or is over 512 KB, a missing name
     */
    TenantProfile brand(PortalBranding branding);

    /** Starts recovery with the playbook's rules (all editable), when the supplier has none yet. @return the rules added */
    int useRecommendedRecoveryRules();

    /** @throws SignupRefused while a required step is missing ({@code setup.missing}), or when it is live already */
    TenantProfile goLive();

    /** @param mayGoLive every required step is done and the portal is still onboarding */
    record SetupProgress(TenantProfile portal, List<SetupStep> steps, boolean mayGoLive) {
    }

    /**
     * @param key      {@code setup.step.<key>} names it
     * @param count    how many of it there are (products, price lists, people…)
     * @param path     the desk page where it is done
     */
    record SetupStep(String key, boolean done, boolean required, long count, String path) {
    }
}
