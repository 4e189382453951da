package dev.feira.testing;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its own {@link SecurityContextHolderStrategy} in the JVM-wide
 * {@link SecurityContextHolder} when an application context starts. Tests keep several contexts
 * alive at once, so the one started last would own the static holder, and the filters of an
 * older context (holding their own strategy) would stop seeing what Spring Security's static
 * callers store: a client authenticated at the token endpoint would turn anonymous. Before each
 * test class, the holder gets back the strategy of the context that class runs in, as it has in
 * production, where there is exactly one context.
 */
public class SecurityContextStrategyPerTestContext implements TestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            use(testContext);
        }
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        use(testContext);
    }

    private static void use(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
