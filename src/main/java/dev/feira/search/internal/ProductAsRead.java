package dev.feira.search.internal;

import dev.feira.catalog.ProductSnapshot;

/**
 * A product as the catalog held it, and when it was read: the database's clock, in microseconds, just before the read.
 * Its document carries that as its version, so of two writes of one product the later read wins, whichever arrives last.
 */
record ProductAsRead(ProductSnapshot product, long readAt) {
}
