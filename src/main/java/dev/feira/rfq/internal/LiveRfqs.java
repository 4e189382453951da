package dev.feira.rfq.internal;

import org.springframework.stereotype.Component;

import dev.feira.rfq.RfqId;
import dev.feira.shared.live.ClusterSignals;

/** Tells the buyer's open RFQ pages, on every instance, that a supplier answered: a hint to read the RFQ again. */
@Component
class LiveRfqs {

    private static final String TOPIC = "rfq-answered";

    private final ClusterSignals signals;

    LiveRfqs(ClusterSignals signals) {
        this.signals = signals;
    }

    /** Inside the transaction that recorded the answer: heard when it commits. */
    void answered(RfqId rfq) {
        signals.send(TOPIC, rfq.value().toString());
    }

    Runnable listen(RfqId rfq, Runnable answered) {
        String id = rfq.value().toString();
        return signals.subscribe(TOPIC, payload -> {
            if (payload.equals(id)) {
                answered.run();
            }
        });
    }
}
