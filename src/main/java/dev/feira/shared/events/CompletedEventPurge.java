package dev.feira.shared.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets the events every listener has handled once they are a week old: kept that long to tell
 * what happened when something went wrong, not for ever (every cart change, order and batch of
 * alerts is one row per listener). Events not yet handled are kept whatever their age.
 */
@Component
class CompletedEventPurge {

    private static final Logger log = LoggerFactory.getLogger(CompletedEventPurge.class);

    private final CompletedEventPublications completed;
    private final Duration kept;

    CompletedEventPurge(CompletedEventPublications completed, @Value("${feira.events.keep-completed:P7D}") Duration kept) {
        this.completed = completed;
        this.kept = kept;
    }

    @Scheduled(fixedDelayString = "${feira.events.purge-interval:PT1H}", initialDelayString = "${feira.events.purge-interval:PT1H}")
    void purge() {
        try {
            completed.deletePublicationsOlderThan(kept);
        } catch (RuntimeException e) {
            log.warn("Could not forget handled events older than {}: {}", kept, e.getMessage());
        }
    }
}
