package dev.feira.ordering.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.identity.CatalogAccess;
import dev.feira.ordering.Deliveries;
import dev.feira.ordering.DeliveryNote;
import dev.feira.shared.web.ApiProblem;
import dev.feira.tenancy.TenantDirectory;

/** The supplier's deliveries after they left: the carrier's proof of delivery, reported by the ERP. */
@RestController
@RequestMapping("/api/v1/deliveries")
@Tag(name = "Orders")
class DeliveryApi {

    private final Deliveries deliveries;
    private final TenantDirectory tenants;
    private final CatalogAccess access;

    DeliveryApi(Deliveries deliveries, TenantDirectory tenants, CatalogAccess access) {
        this.deliveries = deliveries;
        this.tenants = tenants;
        this.access = access;
    }

    @PostMapping("/{id}/delivered")
    @Operation(summary = "The buyer received a shipped delivery (supplier)",
            description = "An order whose deliveries have all arrived becomes delivered.")
    DeliveryNote delivered(@PathVariable UUID id) {
        var supplier = tenants.current().filter(access::mayManage)
                .orElseThrow(() -> ApiProblem.of(HttpStatus.FORBIDDEN, "Only the supplier reports its deliveries, on its own host."));
        try {
            return deliveries.deliver(id);
        } catch (Deliveries.DeliveryRefusal refused) {
            throw ApiProblem.of(refused instanceof Deliveries.UnknownDelivery ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT,
                    refused.getMessage() + " at " + supplier.name());
        }
    }
}
