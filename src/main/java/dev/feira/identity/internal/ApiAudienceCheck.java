package dev.feira.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.CatalogAccess;
import dev.feira.identity.ForBuyerAccounts;
import dev.feira.identity.ForBuyerCompanies;
import dev.feira.identity.ForSupplierStaff;
import dev.feira.shared.web.ApiProblem;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * Enforces {@link ForSupplierStaff} and {@link ForBuyerAccounts} on the integration API after the handler is
 * chosen and before its arguments — the request body above all — are read.
 */
@Configuration(proxyBeanMethods = false)
class ApiAudienceCheck implements WebMvcConfigurer, HandlerInterceptor {

    private final TenantDirectory tenants;
    private final CatalogAccess access;
    private final BuyerAccountDirectory accounts;

    ApiAudienceCheck(TenantDirectory tenants, CatalogAccess access, BuyerAccountDirectory accounts) {
        this.tenants = tenants;
        this.access = access;
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        boolean supplierStaff = marked(method, ForSupplierStaff.class);
        boolean buyerAccounts = marked(method, ForBuyerAccounts.class);
        if (marked(method, ForBuyerCompanies.class)) {
            if (accounts.buyerCaller().isEmpty()) {
                throw refused(request, HttpStatus.FORBIDDEN, "api.refused.buyers-only", "Only a buyer company's people and systems may do this.");
            }
            if (tenants.current().filter(portal -> !access.mayBrowse(portal)).isPresent()) {
                throw refused(request, HttpStatus.FORBIDDEN, "api.refused.customers-only", "This supplier's portal is for its customers: use the marketplace host.");
            }
        }
        if (!supplierStaff && !buyerAccounts) {
            return true;
        }
        TenantProfile supplier = tenants.current()
                .orElseThrow(() -> refused(request, HttpStatus.NOT_FOUND, "api.refused.supplier-host", "Call this on the supplier's own host."));
        if (supplierStaff && !access.mayManage(supplier)) {
            throw refused(request, HttpStatus.FORBIDDEN, "api.refused.supplier-only", "Only " + supplier.name() + " (its staff and systems) may do this.",
                    supplier.name());
        }
        if (buyerAccounts && accounts.ofCaller().isEmpty()) {
            throw refused(request, HttpStatus.FORBIDDEN, "api.refused.account-only", "Only a buyer with an account at " + supplier.name() + " may do this.",
                    supplier.name());
        }
        return true;
    }

    /** A refusal in the caller's language (Accept-Language), English when it has none we speak. */
    private static org.springframework.web.ErrorResponseException refused(HttpServletRequest request, HttpStatus status, String key,
            String english, Object... arguments) {
        return ApiProblem.translated(status, key, arguments, request.getLocale(), english);
    }

    private static boolean marked(HandlerMethod method, Class<? extends java.lang.annotation.Annotation> mark) {
        return method.hasMethodAnnotation(mark) || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), mark);
    }
}
