package dev.feira.testing;

/**
 * Tests that break things on purpose (drop the database's connections, kill an import) run against an application of
 * their own, so what they break never reaches the application the other tests share.
 */
public final class FaultTests {

    /** A property only these tests set: Spring gives them their own application context. */
    public static final String OWN_APPLICATION = "feira.test.faults=true";

    private FaultTests() {
    }
}
