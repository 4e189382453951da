package dev.feira.shared.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the events whose listener failed — say the search index was unreachable — so
 * the work is done once the outage is over, without waiting for a restart. The publication
 * registry keeps each failed delivery; a listener that fails again simply stays failed until the
 * next round.
 */
@Component
class FailedListenerRetry {

    private static final Logger log = LoggerFactory.getLogger(FailedListenerRetry.class);

    private final IncompleteEventPublications incomplete;
    private final Duration minimumAge;

    FailedListenerRetry(IncompleteEventPublications incomplete,
                        @Value("${feira.events.retry-after:PT30S}") Duration minimumAge) {
        this.incomplete = incomplete;
        this.minimumAge = minimumAge;
    }

    /** A failed delivery, unless its event says the same input would fail again ({@link NotRetried}). */
    static boolean worthRetrying(EventPublication publication) {
        return publication.getStatus() == EventPublication.Status.FAILED && !(publication.getEvent() instanceof NotRetried);
    }

    @Scheduled(fixedDelayString = "${feira.events.retry-after:PT30S}", initialDelayString = "${feira.events.retry-after:PT30S}")
    void resubmitFailed() {
        try {
            incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
                    .withMinAge(minimumAge)
                    .withFilter(FailedListenerRetry::worthRetrying));
        } catch (RuntimeException e) {
            log.warn("Could not resubmit failed event publications: {}", e.getMessage());
        }
    }
}
