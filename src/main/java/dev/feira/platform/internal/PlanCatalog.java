package dev.feira.platform.internal;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The plans as configured ({@code feira.plans}); prices in reais. */
@ConfigurationProperties("feira")
record PlanCatalog(List<PlanDefinition> plans) {

    record PlanDefinition(String code, String name, BigDecimal monthlyFee, BigDecimal gmvFeePercent, int trialDays) {
    }

    PlanCatalog {
        plans = plans == null ? List.of() : List.copyOf(plans);
    }
}
