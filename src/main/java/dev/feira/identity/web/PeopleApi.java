package dev.feira.identity.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

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

import dev.feira.identity.ForBuyerCompanies;
import dev.feira.identity.ForSupplierStaff;
import dev.feira.identity.Invitations;
import dev.feira.identity.Refusal;
import dev.feira.identity.Role;
import dev.feira.shared.web.ApiProblem;

/**
 * An organisation's people through the API — a supplier's systems on its own host ({@code /api/v1/people},
 * {@code /api/v1/invitations}), a buyer company's under {@code /api/v1/company/…} — e.g. to invite whoever joins
 * in the company's HR system. The service decides for which organisation; the paths only say who is expected.
 */
@RestController
@Tag(name = "People and invitations")
class PeopleApi {

    private final Invitations invitations;

    PeopleApi(Invitations invitations) {
        this.invitations = invitations;
    }

    record NewInvitation(String email, String name, Set<Role> roles, String language) {
    }

    record Roles(Set<Role> roles) {
    }

    @ForSupplierStaff
    @GetMapping("/api/v1/people")
    @Operation(summary = "The supplier's people and their roles (supplier)")
    List<Invitations.Member> staff() {
        return invitations.members();
    }

    @ForSupplierStaff
    @PutMapping("/api/v1/people/{id}/roles")
    @Operation(summary = "Change a colleague's roles: SUPPLIER_ADMIN, SALES_REP (supplier)",
            description = "422 when no admin would be left or a role is of a buyer company.")
    Invitations.Member staffRoles(@PathVariable UUID id, @RequestBody Roles roles) {
        return invitations.changeRoles(id, roles == null ? Set.of() : roles.roles());
    }

    @ForSupplierStaff
    @DeleteMapping("/api/v1/people/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a colleague: the account stops signing in, its history stays (supplier)")
    void removeStaff(@PathVariable UUID id) {
        invitations.remove(id);
    }

    @ForSupplierStaff
    @GetMapping("/api/v1/invitations")
    @Operation(summary = "Open invitations, expired ones marked (supplier)")
    List<Invitations.Invitation> staffInvitations() {
        return invitations.pending();
    }

    @ForSupplierStaff
    @PostMapping("/api/v1/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite a colleague by e-mail with roles; the link is valid 7 days (supplier)",
            description = "422 for an e-mail in use or malformed, or roles of a buyer company.")
    Invitations.Invitation inviteStaff(@RequestBody NewInvitation invitation) {
        return invite(invitation);
    }

    @ForSupplierStaff
    @DeleteMapping("/api/v1/invitations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw an open invitation (supplier)")
    void withdrawStaffInvitation(@PathVariable UUID id) {
        withdraw(id);
    }

    @ForBuyerCompanies
    @GetMapping("/api/v1/company/people")
    @Operation(summary = "The company's people and their roles (buyer)")
    List<Invitations.Member> colleagues() {
        return invitations.members();
    }

    @ForBuyerCompanies
    @PutMapping("/api/v1/company/people/{id}/roles")
    @Operation(summary = "Change a colleague's roles: BUYER_ADMIN, PURCHASER, APPROVER (buyer)")
    Invitations.Member colleagueRoles(@PathVariable UUID id, @RequestBody Roles roles) {
        return invitations.changeRoles(id, roles == null ? Set.of() : roles.roles());
    }

    @ForBuyerCompanies
    @DeleteMapping("/api/v1/company/people/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a colleague (buyer)")
    void removeColleague(@PathVariable UUID id) {
        invitations.remove(id);
    }

    @ForBuyerCompanies
    @GetMapping("/api/v1/company/invitations")
    @Operation(summary = "Open invitations (buyer)")
    List<Invitations.Invitation> companyInvitations() {
        return invitations.pending();
    }

    @ForBuyerCompanies
    @PostMapping("/api/v1/company/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite a colleague by e-mail with roles (buyer)")
    Invitations.Invitation inviteColleague(@RequestBody NewInvitation invitation) {
        return invite(invitation);
    }

    @ForBuyerCompanies
    @DeleteMapping("/api/v1/company/invitations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw an open invitation (buyer)")
    void withdrawColleagueInvitation(@PathVariable UUID id) {
        withdraw(id);
    }

    private Invitations.Invitation invite(NewInvitation invitation) {
        if (invitation == null) {
            throw new Refusal("invitation.email-invalid", "Send e-mail, name, roles and language");
        }
        Locale language = invitation.language() == null ? Locale.forLanguageTag("pt-BR") : Locale.forLanguageTag(invitation.language());
        return invitations.invite(invitation.email(), invitation.name(), invitation.roles() == null ? Set.of() : invitation.roles(), language);
    }

    private void withdraw(UUID id) {
        if (!invitations.withdraw(id)) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, "No open invitation " + id);
        }
    }

    @ExceptionHandler(Refusal.class)
    ErrorResponseException refused(Refusal refused, Locale locale) {
        var status = refused.key().endsWith(".unknown") ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT;
        return ApiProblem.translated(status, refused.key(), new Object[] {Invitations.VALID_DAYS}, locale,
                refused.getMessage());
    }
}
