package dev.feira.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A buyer company's addresses: its head office (where invoices go) and the branches it has goods delivered to, each
 * with its own CNPJ. The company's people and systems read them (to choose where an order goes); its buyer admin or
 * its systems change them. Anyone else is refused with an {@code AccessDeniedException}.
 */
public interface CompanyAddresses {

    /** The calling company's addresses: the default delivery address first, then by label. */
    List<CompanyAddress> ofCaller();

    /** One of the calling company's addresses. */
    Optional<CompanyAddress> byId(UUID address);

    /**
     * Adds an address to the calling company; the first becomes the default delivery address.
     *
     * @throws Refusal when a field is missing or malformed (CNPJ by its check digits, UF, CEP)
     */
    CompanyAddress add(NewAddress address);

    /** Makes an address the one the checkout proposes. */
    void makeDefault(UUID address);

    /** Removes an address; orders already placed keep their copy. */
    void remove(UUID address);

    record NewAddress(String label, String taxId, String street, String district, String city, String state, String postalCode) {
    }

    /**
     * @param taxId the CNPJ of the branch, formatted
     * @param state the UF
     */
    record CompanyAddress(UUID id, String label, String taxId, String street, String district, String city, String state,
                          String postalCode, boolean defaultDelivery) {

        /** "Rua X, 100 – Centro – São Paulo/SP – CEP 01000-000". */
        public String oneLine() {
            return street + (district == null || district.isBlank() ? "" : " – " + district) + " – " + city + "/" + state
                    + " – CEP " + postalCode;
        }
    }
}
