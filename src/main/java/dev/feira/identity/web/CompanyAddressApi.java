package dev.feira.identity.web;

import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.feira.identity.CompanyAddresses;
import dev.feira.identity.ForBuyerCompanies;
import dev.feira.identity.Refusal;
import dev.feira.shared.web.ApiProblem;

/** A buyer company's addresses through the API: the branches its orders are delivered to, each with its CNPJ. */
@RestController
@ForBuyerCompanies
@RequestMapping("/api/v1/company/addresses")
@Tag(name = "Company addresses")
class CompanyAddressApi {

    private final CompanyAddresses addresses;

    CompanyAddressApi(CompanyAddresses addresses) {
        this.addresses = addresses;
    }

    @GetMapping
    @Operation(summary = "The company's addresses, the default delivery address first (buyer)")
    List<CompanyAddresses.CompanyAddress> list() {
        return addresses.ofCaller();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an address: label, CNPJ, street, district, city, state (UF), CEP (buyer admin or the company's system)")
    CompanyAddresses.CompanyAddress add(@RequestBody CompanyAddresses.NewAddress address) {
        if (address == null) {
            throw new Refusal("addresses.refused.required.label", "Send the address");
        }
        return addresses.add(address);
    }

    @PutMapping("/{id}/default")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Make an address the one checkouts propose (buyer admin or the company's system)")
    void makeDefault(@PathVariable UUID id) {
        addresses.makeDefault(id);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an address; orders already placed keep their copy (buyer admin or the company's system)")
    void remove(@PathVariable UUID id) {
        addresses.remove(id);
    }

    @ExceptionHandler(Refusal.class)
    ErrorResponseException refused(Refusal refused, Locale locale) {
        var status = refused.key().endsWith(".unknown") ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT;
        return ApiProblem.translated(status, refused, locale);
    }
}
