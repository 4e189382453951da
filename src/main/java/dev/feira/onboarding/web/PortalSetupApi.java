package dev.feira.onboarding.web;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.feira.identity.ForSupplierStaff;
import dev.feira.onboarding.OwnDomains;
import dev.feira.onboarding.PortalSetup;
import dev.feira.onboarding.SignupRefused;
import dev.feira.shared.web.ApiProblem;
import dev.feira.tenancy.PortalBranding;
import dev.feira.tenancy.TenantProfile;

/** A new portal's set-up through the API (its own systems): the checklist, the branding, going live. */
@RestController
@ForSupplierStaff
@Tag(name = "Portal set-up")
class PortalSetupApi {

    private final PortalSetup setup;
    private final OwnDomains domains;

    PortalSetupApi(PortalSetup setup, OwnDomains domains) {
        this.setup = setup;
        this.domains = domains;
    }

    record NewDomain(String domain) {
    }

    record Step(String key, boolean done, boolean required, long count, String page) {
    }

    record Setup(String slug, String name, String host, String status, String primaryColor, String language, String currency,
                 List<Step> steps, boolean mayGoLive) {

        static Setup of(PortalSetup.SetupProgress progress) {
            var portal = progress.portal();
            return new Setup(portal.slug(), portal.name(), portal.hosts().getFirst(), portal.status().name(), portal.primaryColor(),
                    portal.defaultLocale().toLanguageTag(), portal.currency().getCurrencyCode(),
                    progress.steps().stream().map(s -> new Step(s.key(), s.done(), s.required(), s.count(), "/" + s.path())).toList(),
                    progress.mayGoLive());
        }
    }

    record Branding(String name, String tagline, String primaryColor, String language, String currency) {
    }

    record Portal(String slug, String name, String host, String status) {
        static Portal of(TenantProfile portal) {
            return new Portal(portal.slug(), portal.name(), portal.hosts().getFirst(), portal.status().name());
        }
    }

    @GetMapping("/api/v1/portal/setup")
    @Operation(summary = "The go-live checklist: what the portal has and lacks (supplier)")
    Setup progress() {
        return Setup.of(setup.progress());
    }

    @PutMapping("/api/v1/portal/branding")
    @Operation(summary = "Name, tagline, brand colour (white text must read on it: 4.5:1), language and currency (supplier)",
            description = "422 with a darker colour suggested when the contrast is too low. The logo is uploaded on the set-up page.")
    Portal brand(@RequestBody Branding branding) {
        if (branding == null || branding.language() == null || branding.currency() == null) {
            throw new SignupRefused("language", "signup.required", "Send name, primaryColor, language and currency");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(branding.currency());
        } catch (IllegalArgumentException unknown) {
            throw new SignupRefused("currency", "signup.required", "'" + branding.currency() + "' is not a currency code");
        }
        return Portal.of(setup.brand(new PortalBranding(branding.name(), branding.tagline(), branding.primaryColor(),
                Locale.forLanguageTag(branding.language()), currency, null)));
    }

    @PostMapping("/api/v1/portal/go-live")
    @Operation(summary = "Open the portal to buyers and start the plan's trial (supplier)",
            description = "422 while a required step of the checklist is missing, or when it is live already.")
    Portal goLive() {
        return Portal.of(setup.goLive());
    }

    @GetMapping("/api/v1/portal/domains")
    @Operation(summary = "The portal's own domains, each with the DNS TXT record that proves it (supplier)")
    List<OwnDomains.OwnDomain> domains() {
        return domains.list();
    }

    @PostMapping("/api/v1/portal/domains")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a domain of the supplier's own; it is served only once verified (supplier)",
            description = "The answer names the TXT record to create. 422 for a malformed domain or one of Feira's.")
    OwnDomains.OwnDomain addDomain(@RequestBody NewDomain domain) {
        return domains.add(domain == null ? null : domain.domain());
    }

    @PostMapping("/api/v1/portal/domains/{domain}/verification")
    @Operation(summary = "Look the TXT record up in DNS now; verified, the portal answers on the domain (supplier)",
            description = "422 when the record is missing or different, DNS does not answer, or another portal has the domain.")
    OwnDomains.OwnDomain verifyDomain(@PathVariable String domain) {
        return domains.verify(domain);
    }

    @DeleteMapping("/api/v1/portal/domains/{domain}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop serving the portal on a domain (supplier)")
    void removeDomain(@PathVariable String domain) {
        if (!domains.remove(domain)) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, "The portal has no domain " + domain);
        }
    }

    @ExceptionHandler(SignupRefused.class)
    ErrorResponseException refused(SignupRefused refused, Locale locale) {
        var status = refused.key().equals("domain.unknown") ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT;
        return ApiProblem.translated(status, refused.key(), refused.arguments(), locale, refused.getMessage());
    }
}
