package dev.feira.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface ApiClients extends Repository<ApiClient, UUID> {

    @Transactional
    ApiClient save(ApiClient client);

    Optional<ApiClient> findByClientId(String clientId);

    Optional<ApiClient> findById(UUID id);
}
