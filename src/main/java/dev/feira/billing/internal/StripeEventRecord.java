package dev.feira.billing.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Stripe event that was received and handled; its id makes a replay recognisable. */
@Entity
@Table(name = "stripe_event")
class StripeEventRecord {

    @Id
    private String id;
    private String type;
    private String account;
    private Instant receivedAt;

    protected StripeEventRecord() {
    }
}
