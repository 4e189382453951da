package dev.feira.testing;

import org.springframework.test.context.ContextCustomizer;

/**
 * A customizer applied to every test context alike (a local server's address, the movable clock): equal to every other
 * instance of its class, so Spring's context cache keeps sharing contexts between test classes.
 */
abstract class EveryContextCustomizer implements ContextCustomizer {

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode();
    }
}
