package dev.feira.rfq;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.feira.shared.TenantId;

/**
 * What a buyer writes in an RFQ. Lines name a product of a supplier's catalog ({@code sku} with the {@code supplier}
 * it came from), or a GTIN/MPN, or only describe what is wanted, for items in no catalog.
 *
 * @param deadline   the response deadline: quotes are taken until then
 * @param sealed     whether the buyer sees prices only after the deadline (suppliers never see each other's)
 * @param currency   ISO code; null: the currency of the first invited supplier, or BRL
 */
public record RfqDraft(String title, LocalDate needBy, String deliveryPlace, Instant deadline, String currency,
                       boolean sealed, AwardMode awardMode, String notes, List<Line> lines) {

    public RfqDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(String description, int quantity, String unit, BigDecimal targetPrice, String sku, TenantId supplier,
                       String gtin, String mpn) {

        /** A line typed freely, for an item in no catalog. */
        public static Line typed(String description, int quantity, String unit) {
            return new Line(description, quantity, unit, null, null, null, null, null);
        }
    }

    public enum AwardMode {
        /** One supplier gets everything. */
        WHOLE,
        /** Each line (or part of its quantity) may go to a different supplier. */
        PER_LINE
    }
}
