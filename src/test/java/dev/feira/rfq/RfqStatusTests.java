package dev.feira.rfq;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The RFQ's and the quote's moves, as docs/decisions/005-rfq.md draws them: nothing else. */
class RfqStatusTests {

    @Test
    void anRfqMovesOnlyForward() {
        assertThat(EnumSet.allOf(RfqStatus.class).stream().filter(RfqStatus.DRAFT::mayBecome))
                .containsExactlyInAnyOrder(RfqStatus.PUBLISHED, RfqStatus.CANCELLED);
        assertThat(RfqStatus.PUBLISHED.mayBecome(RfqStatus.AWARDED)).as("no award before the deadline closes it").isFalse();
        assertThat(RfqStatus.CLOSED.mayBecome(RfqStatus.AWARDED)).isTrue();
        assertThat(RfqStatus.AWARDED.mayBecome(RfqStatus.CANCELLED)).as("an award became orders: cancel those").isFalse();
        for (RfqStatus end : RfqStatus.finished()) {
            assertThat(EnumSet.allOf(RfqStatus.class).stream().filter(end::mayBecome)).as("%s is an end", end).isEmpty();
        }
        assertThat(EnumSet.allOf(RfqStatus.class).stream().filter(RfqStatus::takesQuotes))
                .containsExactlyInAnyOrder(RfqStatus.PUBLISHED, RfqStatus.NEGOTIATING);
    }

    @Test
    void aQuoteIsRevisedWithdrawnOrDeclinedButAnAwardIsFinal() {
        assertThat(QuoteStatus.SUBMITTED.mayBecome(QuoteStatus.SUBMITTED)).as("a new revision").isTrue();
        assertThat(QuoteStatus.DECLINED.mayBecome(QuoteStatus.SUBMITTED)).as("changed its mind before the deadline").isTrue();
        assertThat(QuoteStatus.INVITED.mayBecome(QuoteStatus.AWARDED)).as("nobody is awarded what it did not quote").isFalse();
        for (QuoteStatus end : EnumSet.of(QuoteStatus.AWARDED, QuoteStatus.PARTIALLY_AWARDED, QuoteStatus.NOT_AWARDED, QuoteStatus.CANCELLED)) {
            assertThat(EnumSet.allOf(QuoteStatus.class).stream().filter(end::mayBecome)).as("%s is an end", end).isEmpty();
        }
        assertThat(EnumSet.allOf(QuoteStatus.class).stream().filter(QuoteStatus::unanswered))
                .containsExactlyInAnyOrder(QuoteStatus.INVITED, QuoteStatus.VIEWED);
    }
}
