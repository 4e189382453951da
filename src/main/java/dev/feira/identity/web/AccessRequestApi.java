package dev.feira.identity.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.identity.AccessRequests;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.ForBuyerCompanies;
import dev.feira.identity.ForSupplierStaff;
import dev.feira.identity.People;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;
import dev.feira.shared.web.ApiProblem;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * Access requests through the API: a buyer company's systems ask a supplier for an account; the supplier's systems
 * see the requests waiting and approve or decline them. The services decide who may.
 */
@RestController
@Tag(name = "Access requests")
class AccessRequestApi {

    private final AccessRequests requests;
    private final TenantDirectory tenants;
    private final People people;

    AccessRequestApi(AccessRequests requests, TenantDirectory tenants, People people) {
        this.requests = requests;
        this.tenants = tenants;
        this.people = people;
    }

    record NewRequest(String supplier, String cnpj, String message) {
    }

    record Approval(String accountNumber, String customerCategory, String salesRep) {
    }

    record Decline(String reason) {
    }

    @ForBuyerCompanies
    @PostMapping("/api/v1/access-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask a supplier (by slug) for an account, with the company's CNPJ (buyer)",
            description = "422 for a CNPJ whose check digits fail, a company with an account there already or a request pending.")
    AccessRequests.AccessRequest request(@RequestBody(required = false) NewRequest request) {
        var supplier = request == null || request.supplier() == null ? null : tenants.bySlug(request.supplier().strip()).orElse(null);
        if (supplier == null) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, "No such supplier");
        }
        return requests.request(supplier.id(), request.cnpj(), request.message());
    }

    @ForBuyerCompanies
    @GetMapping("/api/v1/access-requests")
    @Operation(summary = "Where the company's access requests stand, at every supplier (buyer)")
    List<AccessRequests.AccessRequest> mine() {
        return requests.ofMyCompany();
    }

    @ForSupplierStaff
    @GetMapping("/api/v1/customer-requests")
    @Operation(summary = "Companies asking this supplier for an account, oldest first (supplier)")
    List<AccessRequests.AccessRequest> pending() {
        return requests.pending();
    }

    @ForSupplierStaff
    @PostMapping("/api/v1/customer-requests/{id}/approve")
    @Operation(summary = "Open the company's account: number, customer category, sales rep by e-mail (supplier)")
    BuyerAccountProfile approve(@PathVariable UUID id, @RequestBody(required = false) Approval approval) {
        var supplier = tenants.current().map(TenantProfile::id).orElse(null);
        Optional<UUID> rep = Optional.empty();
        if (approval != null && approval.salesRep() != null && !approval.salesRep().isBlank() && supplier != null) {
            rep = Optional.of(people.staffOf(supplier, Role.SALES_REP).stream().filter(p -> p.username().equalsIgnoreCase(approval.salesRep().strip()))
                    .map(PortalUser::id).findFirst()
                    // Nobody's id: the service, having found the request first, refuses it as not one of its reps.
                    .orElse(new UUID(0, 0)));
        }
        return requests.approve(id, approval == null ? null : approval.accountNumber(), approval == null ? null : approval.customerCategory(), rep);
    }

    @ForSupplierStaff
    @PostMapping("/api/v1/customer-requests/{id}/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Decline, with a reason the company reads (supplier)")
    void decline(@PathVariable UUID id, @RequestBody(required = false) Decline decline) {
        requests.decline(id, decline == null ? null : decline.reason());
    }

    @ExceptionHandler(AccessRequests.Refused.class)
    ErrorResponseException refused(AccessRequests.Refused refused, Locale locale) {
        var status = refused.key().endsWith(".unknown") ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT;
        return ApiProblem.translated(status, refused.key(), refused.arguments(), locale, refused.getMessage());
    }
}
