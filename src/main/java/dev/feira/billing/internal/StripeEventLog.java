package dev.feira.billing.internal;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The Stripe events handled so far. */
@Transactional(readOnly = true)
interface StripeEventLog extends Repository<StripeEventRecord, String> {

    boolean existsById(String id);

    /** @return 0 when it was recorded already (the same event handled twice at once) */
    @Modifying
    @Transactional
    @Query(nativeQuery = true, value = """
            insert into stripe_event (id, type, account, received_at) values (:id, :type, :account, now())
            on conflict (id) do nothing""")
    int record(String id, String type, String account);
}
