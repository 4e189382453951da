package dev.feira.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface BuyerCompanies extends Repository<BuyerCompany, UUID> {

    BuyerCompany save(BuyerCompany company);

    Optional<BuyerCompany> findByCode(String code);

    Optional<BuyerCompany> findById(UUID id);
}
