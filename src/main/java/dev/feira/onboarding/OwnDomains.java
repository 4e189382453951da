package dev.feira.onboarding;

import java.time.Instant;
import java.util.List;

/**
 * A supplier's own domain for its portal ({@code loja.fornecedor.com.br}), for its admins and systems. Feira serves it
 * only once a DNS TXT record at {@code _feira-verify.<domain>} holds the value shown (proof the supplier controls the
 * domain); until then, and once removed, the domain answers nothing. TLS is the load balancer's (see {@code infra/}).
 */
public interface OwnDomains {

    List<OwnDomain> list();

    /** @throws SignupRefused for a malformed domain, one of Feira's, or one the portal has already */
    OwnDomain add(String domain);

    /**
     * Looks the record up in DNS now; verified, the portal answers on the domain on every instance at once.
     *
     * @throws SignupRefused when the record is missing or holds another value ({@code domain.not-found}), when DNS does
     *                       not answer ({@code domain.dns-unavailable}), or the domain is another portal's
     */
    OwnDomain verify(String domain);

    /** @return whether the portal had the domain; it stops answering on it at once */
    boolean remove(String domain);

    enum Status { PENDING, VERIFIED }

    /** @param recordName the TXT record to create, @param recordValue its value */
    record OwnDomain(String domain, String recordName, String recordValue, Status status, Instant verifiedAt, Instant checkedAt) {
    }
}
