package dev.feira.ordering.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.shared.TenantContext;
import dev.feira.shared.sheet.InvalidSheet;
import dev.feira.shared.sheet.Sheet;
import dev.feira.tenancy.TenantDefinitionLoaded;

/**
 * A demo supplier's carts left open days ago: {@code tenants/<slug>/open-carts.csv}, so a fresh
 * demo's sales rep finds carts to recover (and calls to make) at once. A buyer account that has a
 * cart already (also an emptied one) is left as it is: restarts add nothing. A broken file is
 * refused whole, with its line.
 */
@Component
class DemoOpenCarts {

    static final String FILE_NAME = "open-carts.csv";
    private static final List<String> COLUMNS = List.of("account", "sku", "quantity", "idle_hours");
    private static final Logger log = LoggerFactory.getLogger(DemoOpenCarts.class);

    record Line(int number, String account, String sku, int quantity, int idleHours) {
    }

    private final ServerSideCarts carts;
    private final CartStore stored;
    private final BuyerAccountDirectory accounts;
    private final TransactionTemplate transaction;

    DemoOpenCarts(ServerSideCarts carts, CartStore stored, BuyerAccountDirectory accounts, PlatformTransactionManager transactions) {
        this.carts = carts;
        this.stored = stored;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactions);
        // Called after the tenant loader's transaction committed, while it is still bound: a transaction of its own.
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    @Order(50) // after accounts, catalog, conditions and recovery rules
    void on(TenantDefinitionLoaded event) {
        Path file = event.directory().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            Map<String, List<Line>> byAccount = new LinkedHashMap<>();
            read(file).forEach(line -> byAccount.computeIfAbsent(line.account(), a -> new ArrayList<>()).add(line));
            Instant now = Instant.now();
            int left = 0;
            for (var account : byAccount.entrySet()) {
                boolean added = Boolean.TRUE.equals(TenantContext.callAs(event.tenant(), () -> transaction.execute(status -> {
                    var buyer = accounts.byAccountNumber(account.getKey()).orElseThrow(() -> new IllegalArgumentException(
                            "line " + account.getValue().getFirst().number() + ": no buyer account " + account.getKey()));
                    if (stored.findByBuyerAccountId(buyer.id()).isPresent()) {
                        return false;
                    }
                    for (var line : account.getValue()) {
                        carts.add(buyer, line.sku(), line.quantity(), null, now.minus(Duration.ofHours(line.idleHours())));
                    }
                    return true;
                })));
                left += added ? 1 : 0;
            }
            log.info("Open carts of tenant '{}': {} of {} accounts' carts left from {}", event.slug(), left, byAccount.size(), file);
        } catch (InvalidSheet | IllegalArgumentException | IOException | dev.feira.ordering.Carts.CartRefusal e) {
            log.error("Open carts file {} refused: {}", file, e.getMessage());
        }
    }

    static List<Line> read(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Sheet.csv(file.toString(), reader).requireColumns(COLUMNS).map(row -> new Line((int) row.line(), row.required("account"),
                    row.required("sku"), row.positiveInt("quantity"), row.nonNegativeInt("idle_hours")));
        }
    }
}
