package dev.feira.ordering.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.ordering.OrderStatus;

/** The current tenant's orders. */
@Transactional(readOnly = true)
interface OrderStore extends Repository<PurchaseOrder, UUID> {

    @Transactional
    PurchaseOrder save(PurchaseOrder order);

    Optional<PurchaseOrder> findById(UUID id);

    Optional<PurchaseOrder> findByCheckoutKey(String checkoutKey);

    @Query("""
            select o from PurchaseOrder o where o.buyerAccountId = :buyer and (:status is null or o.status = :status)
            order by o.placedAt desc""")
    List<PurchaseOrder> ofBuyer(UUID buyer, OrderStatus status, Pageable page);

    @Query("select count(o) from PurchaseOrder o where o.buyerAccountId = :buyer and (:status is null or o.status = :status)")
    long countOfBuyer(UUID buyer, OrderStatus status);

    @Query("select o from PurchaseOrder o where o.status in :statuses order by o.placedAt desc")
    List<PurchaseOrder> inbox(java.util.Collection<OrderStatus> statuses, Pageable page);

    @Query("select count(o) from PurchaseOrder o where o.status in :statuses")
    long countInbox(java.util.Collection<OrderStatus> statuses);

    /**
     * The supplier's next number of a kind of document (ORDER, DELIVERY, INVOICE), from one atomic
     * statement: concurrent checkouts never share one.
     */
    @Transactional
    @Query(nativeQuery = true, value = """
            insert into document_counter (tenant_id, kind, last) values (nullif(current_setting('feira.tenant_id', true), '')::uuid, :kind, 1)
            on conflict (tenant_id, kind) do update set last = document_counter.last + 1
            returning last""")
    long nextNumber(String kind);
}
