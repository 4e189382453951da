package dev.feira.ordering.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
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

    @Query("select o from PurchaseOrder o where :status is null or o.status = :status order by o.placedAt desc")
    List<PurchaseOrder> inbox(OrderStatus status, Pageable page);

    @Query("select count(o) from PurchaseOrder o where :status is null or o.status = :status")
    long countInbox(OrderStatus status);

    /** The supplier's next order number, from one atomic statement (concurrent checkouts never share one). */
    @Modifying
    @Transactional
    @Query(nativeQuery = true, value = """
            insert into order_counter (tenant_id, last) values (nullif(current_setting('feira.tenant_id', true), '')::uuid, 1)
            on conflict (tenant_id) do update set last = order_counter.last + 1""")
    void advanceCounter();

    @Query(nativeQuery = true, value = "select last from order_counter")
    long lastNumber();
}
