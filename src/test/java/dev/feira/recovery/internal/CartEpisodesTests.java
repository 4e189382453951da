package dev.feira.recovery.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.feira.ordering.CartActivity;
import dev.feira.ordering.CartActivity.Kind;
import dev.feira.recovery.internal.CartWatches.Watch;
import dev.feira.shared.Money;
import dev.feira.shared.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** A cart's watch as its events arrive — in order, and out of it (listeners run in parallel). */
class CartEpisodesTests {

    private static final UUID CART = UUID.randomUUID();
    private static final CartEpisodes.Account HORIZONTE = new CartEpisodes.Account("FP-10021", "Construtora Horizonte", "construtoras", null);
    private static final Instant T = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void aCartEmptiedAndFilledAgainIsOpenInANewEpisodeWhicheverEventIsSeenFirst() {
        var ordered = apply(Optional.empty(), event(Kind.CREATED, 1, "1000", T));
        var emptied = event(Kind.EMPTIED, 0, "0", T.plusSeconds(60));
        var refilled = event(Kind.CREATED, 1, "63310", T.plusSeconds(61));

        var inOrder = apply(Optional.of(apply(Optional.of(ordered), emptied)), refilled);
        var outOfOrder = apply(Optional.of(apply(Optional.of(ordered), refilled)), emptied);

        for (var watch : new Watch[] {inOrder, outOfOrder}) {
            assertThat(watch.state()).isEqualTo(CartEpisodes.OPEN);
            assertThat(watch.lines()).isEqualTo(1);
            assertThat(watch.value()).isEqualByComparingTo("63310");
            assertThat(watch.episode()).isEqualTo(2);
            assertThat(watch.lastChangeAt()).isEqualTo(T.plusSeconds(61));
        }
    }

    @Test
    void aCheckoutLeftBeforeTheLatestChangeNoLongerCounts() {
        var open = apply(Optional.empty(), event(Kind.CREATED, 1, "1000", T));
        var checkout = event(Kind.CHECKOUT_STARTED, 1, "1000", T.plusSeconds(10));
        var changed = event(Kind.LINE_ADDED, 2, "2000", T.plusSeconds(20));

        assertThat(apply(Optional.of(apply(Optional.of(open), changed)), checkout).state()).isEqualTo(CartEpisodes.OPEN);
        assertThat(apply(Optional.of(apply(Optional.of(open), checkout)), changed).state()).isEqualTo(CartEpisodes.OPEN);
        assertThat(apply(Optional.of(open), checkout).state()).isEqualTo(CartEpisodes.CHECKOUT_STARTED);
    }

    @Test
    void aViewIsActivityNotChange() {
        var open = apply(Optional.empty(), event(Kind.CREATED, 1, "1000", T));
        var viewed = apply(Optional.of(open), event(Kind.VIEWED, 1, "1000", T.plusSeconds(3600)));
        assertThat(viewed.episode()).isEqualTo(open.episode());
        assertThat(viewed.lastActivityAt()).isEqualTo(T.plusSeconds(3600));
        assertThat(viewed.lastChangeAt()).isEqualTo(T);
    }

    @Test
    void aCartStartedWithItsFirstLineIsOneEpisodeAndALaterChangeStartsTheNext() {
        var created = apply(Optional.empty(), event(Kind.CREATED, 1, "63310", T));
        var firstLine = apply(Optional.of(created), event(Kind.LINE_ADDED, 1, "63310", T));
        assertThat(firstLine.episode()).isEqualTo(created.episode());
        assertThat(firstLine.value()).isEqualByComparingTo("63310");
        var secondLine = apply(Optional.of(firstLine), event(Kind.LINE_ADDED, 2, "64000", T.plusMillis(1)));
        assertThat(secondLine.episode()).isEqualTo(created.episode() + 1);
    }

    @Test
    void changesOfOneInstantStayOneChangeThroughTheDatabaseWhichKeepsMicroseconds() {
        Instant clock = Instant.parse("2026-11-27T14:02:20.055065400Z"); // PostgreSQL keeps ...065, rounding to the microsecond
        var created = stored(apply(Optional.empty(), event(Kind.CREATED, 1, "56056", clock)));
        var firstLine = apply(Optional.of(created), event(Kind.LINE_ADDED, 1, "56056", clock));
        assertThat(firstLine.episode()).isEqualTo(1);
        assertThat(event(Kind.VIEWED, 1, "56056", clock).at()).isEqualTo(Instant.parse("2026-11-27T14:02:20.055065Z"));
    }

    /** The watch as read back: its times as PostgreSQL keeps them (to the microsecond, rounded). */
    private static Watch stored(Watch w) {
        java.util.function.UnaryOperator<Instant> micros = at -> at == null ? null
                : at.plusNanos(500).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return new Watch(w.cart(), w.buyerAccount(), w.accountNumber(), w.buyerName(), w.customerCategory(), w.salesRep(), w.episode(),
                w.state(), micros.apply(w.stateSince()), micros.apply(w.startedAt()), micros.apply(w.lastActivityAt()),
                micros.apply(w.lastChangeAt()), micros.apply(w.lastSignInAt()), w.value(), w.currency(), w.lines());
    }

    private static Watch apply(Optional<Watch> current, CartActivity event) {
        return CartEpisodes.apply(current, event, HORIZONTE);
    }

    private static CartActivity event(Kind kind, int lines, String value, Instant at) {
        return new CartActivity(new TenantId(UUID.randomUUID()), CART, UUID.randomUUID(), kind, "FP-00129", Money.of(value, "BRL"), lines, at);
    }
}
