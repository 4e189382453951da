package dev.feira.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true) // also for derived queries: row-level security needs a transaction
interface UserAccounts extends Repository<UserAccount, UUID> {

    @Transactional
    UserAccount save(UserAccount user);

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    Optional<UserAccount> findById(UUID id);

    java.util.List<UserAccount> findByBuyerCompanyIdAndEnabledTrueOrderByDisplayName(UUID buyerCompanyId);

    java.util.List<UserAccount> findBySupplierTenantIdAndEnabledTrueOrderByDisplayName(UUID supplierTenantId);
}
