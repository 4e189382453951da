package dev.feira.ordering.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's saved lists. */
@Transactional(readOnly = true)
interface BuyingListStore extends Repository<BuyingList, UUID> {

    @Transactional
    BuyingList save(BuyingList list);

    @Transactional
    void delete(BuyingList list);

    Optional<BuyingList> findByIdAndBuyerAccountId(UUID id, UUID buyerAccountId);

    List<BuyingList> findByBuyerAccountId(UUID buyerAccountId);

    boolean existsByBuyerAccountIdAndNameIgnoreCase(UUID buyerAccountId, String name);
}
