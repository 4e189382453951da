package dev.feira.search.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.CatalogAccess;
import dev.feira.search.SearchMisses;

/**
 * Counts the current supplier's searches that found nothing. Counting never fails a search: a
 * buyer who found nothing must at least see that, whatever the database says.
 */
@Service
class SearchMissLog implements SearchMisses {

    private static final int MAX_QUERY_LENGTH = 200;
    private static final Logger log = LoggerFactory.getLogger(SearchMissLog.class);

    private final SearchMissEntries misses;
    private final CatalogAccess access;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    SearchMissLog(SearchMissEntries misses, CatalogAccess access, Clock clock, PlatformTransactionManager transactions) {
        this.misses = misses;
        this.access = access;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Counts a search of the current supplier's catalog that found nothing. */
    void nothingFound(String query) {
        String asTyped = query.strip();
        if (asTyped.length() > MAX_QUERY_LENGTH) {
            asTyped = asTyped.substring(0, MAX_QUERY_LENGTH);
        }
        String key = TextFolding.fold(asTyped).replaceAll("\\s+", " ");
        Instant at = clock.instant();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                String shown = asTyped;
                ownTransaction.executeWithoutResult(status -> {
                    misses.findByQueryKey(key).ifPresentOrElse(
                            miss -> miss.searchedAgain(shown, at), () -> misses.saveAndFlush(new SearchMissEntry(key, shown, at)));
                    // A search box searches as the buyer types: "contrap" a moment before "contraporca" is not a word of theirs.
                    misses.findBySearchesAndLastSearchedAtGreaterThanEqual(1, at.minus(SearchMissEntry.STILL_TYPING)).stream()
                            .filter(earlier -> earlier.typedOnInto(key, at)).forEach(misses::delete);
                });
                return;
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException concurrent) {
                // Another search of the same words counted at the same moment: count again on top of it.
            } catch (RuntimeException e) {
                log.warn("A search that found nothing could not be counted: {}", e.getMessage());
                return;
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchMiss> since(Instant since, int limit) {
        access.requireManager();
        return misses.findByLastSearchedAtGreaterThanEqualOrderBySearchesDescLastSearchedAtDesc(since, Limit.of(Math.clamp(limit, 1, 500)))
                .stream().map(SearchMissEntry::toMiss).toList();
    }
}
