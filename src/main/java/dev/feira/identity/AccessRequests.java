package dev.feira.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.feira.shared.TenantId;

/**
 * A buyer company asks a supplier for an account — to see a private catalog, to order — with its CNPJ; the supplier's
 * admins approve it (the account number, customer category and rep they give) or decline it with a reason.
 */
public interface AccessRequests {

    /**
     * The caller's company asks (its buyer admins and purchasers).
     *
     * @throws Refused for a CNPJ whose check digits fail, a company that has an account there already or a request pending
     */
    AccessRequest request(TenantId supplier, String cnpj, String message);

    /** Where the caller's company's requests stand, at every supplier, newest first. */
    List<AccessRequest> ofMyCompany();

    /** The current supplier's requests waiting for a decision (its staff), oldest first. */
    List<AccessRequest> pending();

    /**
     * Opens the account (the supplier's admins).
     *
     * @throws Refused for a request decided already or an account number in use
     */
    BuyerAccountProfile approve(UUID request, String accountNumber, String customerCategory, Optional<UUID> salesRep);

    /** Declines, with a reason the buyer reads (the supplier's admins). */
    void decline(UUID request, String reason);

    enum Status { PENDING, APPROVED, DECLINED }

    record AccessRequest(UUID id, TenantId supplier, String companyName, String cnpj, String message, String requestedBy,
                         Instant requestedAt, Status status, Optional<String> declineReason, Optional<String> accountNumber) {
    }

    /** Why a request or a decision was refused: a translation key ({@code access.refused.<reason>}) and its arguments. */
    class Refused extends RuntimeException {
        private final String key;
        private final transient Object[] arguments;

        public Refused(String reason, String message, Object... arguments) {
            super(message);
            this.key = "access.refused." + reason;
            this.arguments = arguments;
        }

        public String key() {
            return key;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }
}
