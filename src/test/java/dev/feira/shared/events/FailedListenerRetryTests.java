package dev.feira.shared.events;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class FailedListenerRetryTests {

    record StockChanged() {
    }

    record TenantFileLoaded() implements NotRetried {
    }

    @Test
    void aFailedDeliveryIsRetriedUnlessItsEventWouldFailTheSameWayAgain() {
        assertThat(FailedListenerRetry.worthRetrying(publication(new StockChanged(), EventPublication.Status.FAILED))).isTrue();
        assertThat(FailedListenerRetry.worthRetrying(publication(new TenantFileLoaded(), EventPublication.Status.FAILED))).isFalse();
        assertThat(FailedListenerRetry.worthRetrying(publication(new StockChanged(), EventPublication.Status.PROCESSING))).isFalse();
    }

    private static EventPublication publication(Object event, EventPublication.Status status) {
        EventPublication publication = mock(EventPublication.class);
        when(publication.getEvent()).thenReturn(event);
        when(publication.getStatus()).thenReturn(status);
        return publication;
    }
}
