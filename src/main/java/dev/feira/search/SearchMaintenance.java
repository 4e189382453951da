package dev.feira.search;

import dev.feira.shared.TenantId;

/**
 * Operators' commands on the search index. A reindex rewrites a tenant's documents while searches
 * go on (old documents stay until the new ones are in); it runs in the background.
 */
public interface SearchMaintenance {

    void reindex(TenantId tenant);

    void reindexAll();
}
