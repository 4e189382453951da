package dev.feira.taxation.web;

import java.math.BigDecimal;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.feira.identity.ForSupplierStaff;
import dev.feira.shared.web.ApiProblem;
import dev.feira.taxation.SubstitutionRules;

/** The supplier's ICMS-ST rules through the API, for its ERP or tax system to keep in step. */
@RestController
@ForSupplierStaff
@RequestMapping("/api/v1/taxes/st-rules")
@Tag(name = "Taxes")
class TaxRuleApi {

    private final SubstitutionRules rules;

    TaxRuleApi(SubstitutionRules rules) {
        this.rules = rules;
    }

    /** {@code destinationState}: a UF, or absent for every state; {@code mva}: the margin in percent. */
    record NewRule(String ncmPrefix, String destinationState, BigDecimal mva) {
    }

    @GetMapping
    @Operation(summary = "The supplier's ICMS-ST rules")
    List<SubstitutionRules.SubstitutionRule> all() {
        return rules.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an ICMS-ST rule: NCM prefix (2-8 digits), destination state (absent: any), MVA in percent")
    SubstitutionRules.SubstitutionRule add(@RequestBody NewRule rule) {
        if (rule == null) {
            throw new SubstitutionRules.TaxRefusal("ncm-prefix", "Send ncmPrefix, destinationState and mva");
        }
        return rules.add(rule.ncmPrefix(), rule.destinationState(), rule.mva());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an ICMS-ST rule")
    void remove(@PathVariable UUID id) {
        rules.remove(id);
    }

    @ExceptionHandler(SubstitutionRules.TaxRefusal.class)
    ErrorResponseException refused(SubstitutionRules.TaxRefusal refused, Locale locale) {
        var status = refused.key().endsWith(".unknown") ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT;
        return ApiProblem.translated(status, refused, locale);
    }
}
