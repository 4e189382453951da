package dev.feira.onboarding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.tika.Tika;
import org.springframework.stereotype.Service;

import dev.feira.billing.SupplierPayments;
import dev.feira.catalog.Catalog;
import dev.feira.identity.CatalogAccess;
import dev.feira.identity.CurrentUser;
import dev.feira.identity.Invitations;
import dev.feira.identity.PortalUser;
import dev.feira.onboarding.PortalSetup;
import dev.feira.onboarding.SignupRefused;
import dev.feira.pricing.ConditionsEditor;
import dev.feira.recovery.AbandonmentRules;
import dev.feira.tenancy.PortalBranding;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantOpening;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.TenantStatus;

/**
 * A portal's set-up. The checklist reads each desk's own API (nothing is copied here), so a step is done the moment its
 * desk holds it, whichever way it got there (the page, the API, an import). Required to go live: a branded portal, a
 * plan, a warehouse, products and a price list — what a buyer needs to see and order, and what Feira charges; the
 * team, recovery rules and card payments are recommended.
 */
@Service
class PortalSetupDesk implements PortalSetup {

    static final int MAX_LOGO_BYTES = 512 * 1024;
    private static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg", "image/webp");

    private final CatalogAccess access;
    private final CurrentUser current;
    private final TenantOpening opening;
    private final Catalog catalog;
    private final ConditionsEditor conditions;
    private final AbandonmentRules rules;
    private final SupplierPayments payments;
    private final Invitations people;
    private final dev.feira.platform.Plans plans;
    private final Tika tika = new Tika();

    PortalSetupDesk(CatalogAccess access, CurrentUser current, TenantOpening opening, Catalog catalog,
                    ConditionsEditor conditions, AbandonmentRules rules, SupplierPayments payments, Invitations people,
                    dev.feira.platform.Plans plans) {
        this.plans = plans;
        this.access = access;
        this.current = current;
        this.opening = opening;
        this.catalog = catalog;
        this.conditions = conditions;
        this.rules = rules;
        this.payments = payments;
        this.people = people;
    }

    @Override
    public SetupProgress progress() {
        var portal = access.requireAdministrator();
        var steps = new ArrayList<SetupStep>();
        steps.add(new SetupStep("branding", portal.hasLogo(), true, portal.hasLogo() ? 1 : 0, "onboarding"));
        boolean planChosen = plans.of(portal.id()).isPresent();
        steps.add(new SetupStep("plan", planChosen, true, planChosen ? 1 : 0, "onboarding"));
        long warehouses = catalog.warehouses().size();
        steps.add(new SetupStep("warehouses", warehouses > 0, true, warehouses, "catalog/stock"));
        long products = catalog.count();
        steps.add(new SetupStep("catalog", products > 0, true, products, "catalog/import"));
        long priceLists = conditions.priceLists().size();
        steps.add(new SetupStep("price-list", priceLists > 0, true, priceLists, "catalog/price-lists"));
        long team = teamSize();
        steps.add(new SetupStep("team", team > 1, false, team, "people"));
        long recovery = rules.all().size();
        steps.add(new SetupStep("recovery", recovery > 0, false, recovery, "recovery/rules"));
        boolean cards = (payments.connectedAccount().isPresent() && payments.cardsEnabled().orElse(false))
                || payments.ownPublishableKey().isPresent();
        steps.add(new SetupStep("payments", cards, false, cards ? 1 : 0, "catalog/payments"));
        boolean ready = portal.status() == TenantStatus.ONBOARDING && steps.stream().filter(SetupStep::required).allMatch(SetupStep::done);
        return new SetupProgress(portal, List.copyOf(steps), ready);
    }

    /** People and open invitations: an invited rep counts, the admin has done its part. */
    private long teamSize() {
        if (current.get().map(PortalUser::supplier).flatMap(s -> s).isEmpty()) {
            return 0; // the portal's own systems have no team page
        }
        return people.members().size() + people.pending().stream().filter(i -> !i.expired()).count();
    }

    @Override
    public TenantProfile brand(PortalBranding branding) {
        var portal = access.requireAdministrator();
        String name = branding.name() == null ? "" : branding.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new SignupRefused("name", "signup.required", "The portal needs a name of up to 200 characters");
        }
        String tagline = branding.tagline() == null || branding.tagline().isBlank() ? null : branding.tagline().strip();
        if (tagline != null && tagline.length() > 300) {
            throw new SignupRefused("tagline", "signup.too-long", "The tagline is longer than 300 characters", 300);
        }
        String color = branding.primaryColor() == null ? "" : branding.primaryColor().strip().toLowerCase(java.util.Locale.ROOT);
        if (!BrandColors.wellFormed(color)) {
            throw new SignupRefused("primaryColor", "branding.color-invalid", "A colour is written like #1f5fae");
        }
        double contrast = BrandColors.contrastWithWhite(color);
        if (contrast < BrandColors.MINIMUM) {
            String suggestion = BrandColors.readableVariant(color);
            throw new SignupRefused("primaryColor", "branding.color-contrast", "White text on " + color + " has a contrast of "
                    + "%.1f:1, below 4.5:1; %s reads well".formatted(contrast, suggestion), Math.round(contrast * 10) / 10.0, suggestion);
        }
        if (branding.locale() == null || branding.currency() == null) {
            throw new SignupRefused("locale", "signup.required", "Choose the portal's language and currency");
        }
        var logo = branding.logo();
        if (logo != null) {
            if (logo.content().length > MAX_LOGO_BYTES) {
                throw new SignupRefused("logo", "branding.logo-too-big", "The logo is over 512 KB", 512);
            }
            String detected = tika.detect(logo.content());
            if (!LOGO_TYPES.contains(detected)) {
                throw new SignupRefused("logo", "branding.logo-type", "The logo is " + detected + ", not a PNG, JPEG or WebP picture");
            }
            logo = new TenantDirectory.TenantLogo(logo.content(), detected); // the type found, not the one claimed
        }
        return opening.rebrand(portal.id(), new PortalBranding(name, tagline, color, branding.locale(), branding.currency(), logo));
    }

    @Override
    public int useRecommendedRecoveryRules() {
        access.requireAdministrator();
        if (!rules.all().isEmpty()) {
            return 0;
        }
        var playbook = rules.defaults();
        playbook.forEach(rules::save);
        return playbook.size();
    }

    @Override
    public TenantProfile goLive() {
        var progress = progress();
        if (progress.portal().status() != TenantStatus.ONBOARDING) {
            throw new SignupRefused(null, "setup.live-already", "The portal is live already");
        }
        var missing = progress.steps().stream().filter(s -> s.required() && !s.done()).map(SetupStep::key).toList();
        if (!missing.isEmpty()) {
            throw new SignupRefused(null, "setup.missing", "Still missing: " + String.join(", ", missing), missing.size());
        }
        String by = current.get().map(PortalUser::username).orElse("system");
        return opening.goLive(progress.portal().id(), by);
    }
}
