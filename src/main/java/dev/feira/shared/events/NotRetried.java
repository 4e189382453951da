package dev.feira.shared.events;

/**
 * An event whose failed listeners are reported once and not delivered again: the same input would fail the same way
 * (a declarative tenant's broken file), and a retry every half minute only repeats the report for ever.
 */
public interface NotRetried {
}
