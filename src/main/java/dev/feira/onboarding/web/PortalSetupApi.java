package dev.feira.onboarding.web;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.feira.identity.ForSupplierStaff;
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

    PortalSetupApi(PortalSetup setup) {
        this.setup = setup;
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

    @ExceptionHandler(SignupRefused.class)
    ErrorResponseException refused(SignupRefused refused, Locale locale) {
        return ApiProblem.translated(HttpStatus.UNPROCESSABLE_CONTENT, refused.key(), refused.arguments(), locale, refused.getMessage());
    }
}
