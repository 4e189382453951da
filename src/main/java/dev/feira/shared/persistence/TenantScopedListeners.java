package dev.feira.shared.persistence;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantScoped;

/**
 * Binds the tenant of a {@link TenantScoped} event around every event listener, outside the
 * listener's own transaction (highest precedence) but inside its async hop, so the transaction the
 * listener opens is already bound to the right tenant.
 */
@Configuration(proxyBeanMethods = false)
class TenantScopedListeners {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor tenantScopedListenerAdvisor() {
        var pointcut = new ComposablePointcut(AnnotationMatchingPointcut.forMethodAnnotation(ApplicationModuleListener.class))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(TransactionalEventListener.class))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(EventListener.class));
        MethodInterceptor bindTenant = invocation -> {
            for (Object argument : invocation.getArguments()) {
                if (argument instanceof TenantScoped scoped) {
                    var previous = TenantContext.current().orElse(null);
                    TenantContext.bind(scoped.tenant());
                    try {
                        return invocation.proceed();
                    } finally {
                        TenantContext.bind(previous);
                    }
                }
            }
            return invocation.proceed();
        };
        var advisor = new DefaultPointcutAdvisor(pointcut, bindTenant);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
