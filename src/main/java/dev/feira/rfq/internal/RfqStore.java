package dev.feira.rfq.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import dev.feira.rfq.RfqStatus;

/** Every query names the company: the first of the two locks (row-level security on the company key is the second). */
interface RfqStore extends JpaRepository<Rfq, UUID> {

    Optional<Rfq> findByIdAndBuyerCompanyId(UUID id, UUID buyerCompanyId);

    @Query("""
            select r from Rfq r where r.buyerCompanyId = :company and (:status is null or r.status = :status)
            order by r.createdAt desc""")
    List<Rfq> findOfCompany(UUID company, RfqStatus status, Pageable page);

    @Query("select count(r) from Rfq r where r.buyerCompanyId = :company and (:status is null or r.status = :status)")
    long countOfCompany(UUID company, RfqStatus status);

    /**
     * What the buyer knows of one supplier's answer. One row, no version of the RFQ: answers of several suppliers
     * arrive side by side and must not collide; an older answer never overwrites a newer one.
     */
    @Modifying
    @Query(value = """
            update rfq_supplier set status = :status, revisions = :revisions, answered_at = :at, decline_reason = :reason
            where rfq_id = :rfq and supplier_id = :supplier and buyer_company_id = :company
              and (answered_at is null or answered_at <= :at)""", nativeQuery = true)
    int mirrorAnswer(UUID rfq, UUID company, UUID supplier, String status, int revisions, String reason, java.time.Instant at);

    /**
     * A quote submitted before the deadline whose mirror arrived after the RFQ was found due (and, with no quote
     * known yet, expired): the RFQ has a quote after all and is closed for comparison, not expired.
     */
    @Modifying
    @Query(value = """
            update rfq set status = 'CLOSED', version = version + 1
            where id = :rfq and buyer_company_id = :company and status = 'EXPIRED' and response_deadline >= :submittedAt""",
            nativeQuery = true)
    int closeExpiredWithLateMirroredQuote(UUID rfq, UUID company, java.time.Instant submittedAt);

    @Query(value = "select nextval('rfq_number_seq')", nativeQuery = true)
    long nextNumber();
}
