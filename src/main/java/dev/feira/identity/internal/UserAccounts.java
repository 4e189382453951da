package dev.feira.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface UserAccounts extends Repository<UserAccount, UUID> {

    UserAccount save(UserAccount user);

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    Optional<UserAccount> findById(UUID id);
}
