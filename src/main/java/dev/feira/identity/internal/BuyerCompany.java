package dev.feira.identity.internal;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A company that buys. It may hold accounts at several suppliers. */
@Entity
@jakarta.persistence.EntityListeners(AccountWrites.class)
@Table(name = "buyer_company")
class BuyerCompany {

    @Id
    private UUID id;
    private String code;
    private String name;
    private String taxId;

    protected BuyerCompany() {
    }

    BuyerCompany(String code, String name, String taxId) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.taxId = taxId;
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String taxId() {
        return taxId;
    }
}
