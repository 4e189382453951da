package dev.feira.rfq.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Set;

import dev.feira.rfq.RfqDraft;
import dev.feira.rfq.RfqRefusal;
import dev.feira.shared.TenantId;

/** What makes an RFQ usable, checked before anything is stored: each refusal names the field and the line. */
final class RfqRules {

    static final int MAX_LINES = 500;
    static final int MAX_SUPPLIERS = 50;
    static final int MAX_QUANTITY = 1_000_000;
    private static final ZoneId BUYER_ZONE = ZoneId.of("America/Sao_Paulo");

    private RfqRules() {
    }

    static void check(RfqDraft draft, Set<TenantId> suppliers, Clock clock) {
        if (draft.title() == null || draft.title().isBlank() || draft.title().strip().length() > 200) {
            throw new RfqRefusal("title", "An RFQ needs a title of up to 200 characters");
        }
        Instant now = clock.instant();
        if (draft.deadline() != null && !draft.deadline().isAfter(now)) {
            throw new RfqRefusal("deadline-past", "The response deadline must be in the future");
        }
        LocalDate today = LocalDate.ofInstant(now, BUYER_ZONE);
        if (draft.needBy() != null && draft.needBy().isBefore(today)) {
            throw new RfqRefusal("need-by-past", "The need-by date cannot be in the past");
        }
        if (draft.needBy() != null && draft.deadline() != null && draft.needBy().isBefore(LocalDate.ofInstant(draft.deadline(), BUYER_ZONE))) {
            throw new RfqRefusal("need-by-before-deadline", "The goods cannot be needed before the quotes are in");
        }
        if (draft.currency() != null && !draft.currency().isBlank()) {
            try {
                Currency.getInstance(draft.currency().strip());
            } catch (IllegalArgumentException e) {
                throw new RfqRefusal("currency", "'" + draft.currency() + "' is not a currency code (e.g. BRL)", draft.currency());
            }
        }
        if (length(draft.deliveryPlace()) > 300 || length(draft.notes()) > 4000) {
            throw new RfqRefusal("text-too-long", "The delivery place has up to 300 characters and the notes up to 4,000");
        }
        if (draft.lines().size() > MAX_LINES) {
            throw new RfqRefusal("too-many-lines", "An RFQ has at most " + MAX_LINES + " lines", MAX_LINES);
        }
        if (suppliers.size() > MAX_SUPPLIERS) {
            throw new RfqRefusal("too-many-suppliers", "An RFQ goes to at most " + MAX_SUPPLIERS + " suppliers", MAX_SUPPLIERS);
        }
        for (int i = 0; i < draft.lines().size(); i++) {
            check(draft.lines().get(i), i + 1);
        }
    }

    private static void check(RfqDraft.Line line, int number) {
        if (line.description() == null || line.description().isBlank() || line.description().strip().length() > 300) {
            throw new RfqRefusal("line-description", "Line " + number + " needs a description of up to 300 characters", number);
        }
        if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
            throw new RfqRefusal("line-quantity", "Line " + number + ": the quantity is a whole number from 1 to " + MAX_QUANTITY,
                    number, MAX_QUANTITY);
        }
        if (line.unit() == null || line.unit().isBlank() || line.unit().strip().length() > 16) {
            throw new RfqRefusal("line-unit", "Line " + number + " needs a unit of up to 16 characters (UN, CX, KG...)", number);
        }
        BigDecimal target = line.targetPrice();
        if (target != null && (target.signum() < 0 || target.scale() > 4 || target.precision() - target.scale() > 15)) {
            throw new RfqRefusal("line-target", "Line " + number + ": a target price is zero or more, with up to 4 decimals", number);
        }
        if (length(line.sku()) > 64 || length(line.mpn()) > 64 || length(line.gtin()) > 14) {
            throw new RfqRefusal("line-codes", "Line " + number + ": SKU and MPN have up to 64 characters, a GTIN up to 14 digits", number);
        }
    }

    private static int length(String value) {
        return value == null ? 0 : value.strip().length();
    }
}
