package dev.feira.identity.internal;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Tells {@link AccountsOfCompanies} of every write to a buyer account or company, whichever service makes it. */
class AccountWrites {

    private final AccountsOfCompanies remembered;

    AccountWrites(AccountsOfCompanies remembered) {
        this.remembered = remembered;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object accountOrCompany) {
        remembered.changed();
    }
}
