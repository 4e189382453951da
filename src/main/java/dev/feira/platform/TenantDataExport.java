package dev.feira.platform;

import java.util.Locale;
import java.util.Optional;

import dev.feira.shared.TenantId;

/**
 * A supplier's data, whole, to take elsewhere (data portability): catalog, stock, price lists, discounts, promotions,
 * buyer accounts, orders with their lines and recovery alerts, each as CSV and XLSX in one zip. The supplier's admins
 * download it any time; an operator cancelling a supplier makes one (through support access, so the supplier sees it)
 * and the supplier's admins receive a link valid {@link #LINK_DAYS} days.
 */
public interface TenantDataExport {

    int LINK_DAYS = 30;

    /** The current supplier's zip, for its admins and systems (and operators with support access). */
    byte[] export();

    /**
     * Cancels a supplier for good, with a reason: opens support access for the export, keeps the zip for the supplier's
     * admins (mailed a link in the portal's language) and the operators, then closes the portal.
     *
     * @return the export's download token (the operator's copy)
     * @throws org.springframework.security.access.AccessDeniedException for anybody but an operator
     */
    String cancel(TenantId tenant, String reason, Locale operatorLocale);

    /** A kept export by its link's token, while valid. */
    Optional<byte[]> download(String token);
}
