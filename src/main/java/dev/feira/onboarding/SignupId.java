package dev.feira.onboarding;

import java.util.UUID;

/** A supplier's sign-up, from the first form until its portal is open. */
public record SignupId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
