package dev.feira.pricing.internal;

import java.time.LocalDate;

/** The days a condition applies, both ends inclusive; a missing end is open. */
record Validity(LocalDate from, LocalDate until) {

    static final Validity ALWAYS = new Validity(null, null);

    Validity {
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("valid until " + until + " is before valid from " + from);
        }
    }

    boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }
}
