package dev.feira.platform.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.CatalogAccess;
import dev.feira.identity.People;
import dev.feira.identity.PortalLinks;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;
import dev.feira.identity.SupportAccess;
import dev.feira.ordering.Orders;
import dev.feira.ordering.PlacedOrder;
import dev.feira.platform.TenantDataExport;
import dev.feira.pricing.ConditionsEditor;
import dev.feira.recovery.RecoveryAlerts;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.shared.mail.LinkMail;
import dev.feira.shared.secrets.LinkTokens;
import dev.feira.shared.sheet.SheetExport;
import dev.feira.shared.sheet.SheetWriter;
import dev.feira.tenancy.PlatformOperators;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantLifecycle;
import dev.feira.tenancy.TenantProfile;

/**
 * Builds a supplier's export from each module's API and sheets — nothing read behind their backs, so each module's
 * rules (and row-level security) apply: the caller must be the supplier's admin, its system, or an operator with
 * support access. Sheets are written in the columns the imports read where there is an import (products, prices,
 * stock), so the data can come back.
 */
@Service
class TenantDataExportDesk implements TenantDataExport {

    private static final int PAGE = 500;

    private final List<SheetExport> sheets;
    private final CatalogAccess access;
    private final BuyerAccountDirectory accounts;
    private final Orders orders;
    private final ConditionsEditor conditions;
    private final RecoveryAlerts alerts;
    private final SupportAccess support;
    private final PlatformOperators operators;
    private final TenantLifecycle lifecycle;
    private final TenantDirectory tenants;
    private final People people;
    private final PortalLinks links;
    private final LinkMail mail;
    private final JdbcClient sql;
    private final Clock clock;

    TenantDataExportDesk(List<SheetExport> sheets, CatalogAccess access, BuyerAccountDirectory accounts, Orders orders,
                         ConditionsEditor conditions, RecoveryAlerts alerts, SupportAccess support, PlatformOperators operators,
                         TenantLifecycle lifecycle, TenantDirectory tenants, People people, PortalLinks links, LinkMail mail,
                         JdbcClient sql, Clock clock) {
        this.sheets = sheets;
        this.access = access;
        this.accounts = accounts;
        this.orders = orders;
        this.conditions = conditions;
        this.alerts = alerts;
        this.support = support;
        this.operators = operators;
        this.lifecycle = lifecycle;
        this.tenants = tenants;
        this.people = people;
        this.links = links;
        this.mail = mail;
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public byte[] export() {
        access.requireAdministrator();
        var all = new ArrayList<SheetExport>(sheets);
        all.addAll(List.of(accountsSheet(), ordersSheet(), orderLinesSheet(), discountsSheet(), promotionsSheet(), alertsSheet()));
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            for (SheetExport sheet : all) {
                for (SheetWriter.Format format : SheetWriter.Format.values()) {
                    out.putNextEntry(new ZipEntry(format.fileName(sheet.kind())));
                    var file = new ByteArrayOutputStream();
                    SheetWriter.write(sheet, format, file);
                    out.write(file.toByteArray());
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip.toByteArray();
    }

    @Override
    public String cancel(TenantId tenant, String reason, Locale operatorLocale) {
        operators.requireOperator();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the supplier leaves");
        }
        TenantProfile profile = tenants.byId(tenant).orElseThrow(() -> new IllegalArgumentException("No tenant " + tenant));
        // The export is read as the supplier's data is always read by an operator: through support access, shown and logged.
        support.open(tenant, "Cancellation and data export: " + reason.strip(), SupportAccess.SHORTEST);
        byte[] zip;
        try {
            zip = TenantContext.callAs(tenant, this::export);
        } finally {
            TenantContext.runAs(tenant, () -> support.end(tenant));
        }
        String token = LinkTokens.newToken();
        Instant now = clock.instant();
        sql.sql("""
                        insert into tenant_export (id, about_tenant, token_hash, created_at, expires_at, content)
                        values (:id, :tenant, :hash, :now, :expires, :content)""")
                .param("id", UUID.randomUUID()).param("tenant", tenant.value()).param("hash", LinkTokens.hash(token))
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(Duration.ofDays(LINK_DAYS))))
                .param("content", zip).update();
        lifecycle.cancel(tenant, reason.strip());
        String link = links.marketplace("exports/" + token);
        for (PortalUser admin : people.staffOf(tenant, Role.SUPPLIER_ADMIN)) {
            mail.send(admin.username(), profile.defaultLocale(), "export.mail", link, profile.name(), LINK_DAYS);
        }
        return token;
    }

    @Override
    public Optional<byte[]> download(String token) {
        return sql.sql("select content from tenant_export where token_hash = :hash and expires_at > :now")
                .param("hash", LinkTokens.hash(token)).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> rs.getBytes("content")).optional();
    }

    private SheetExport accountsSheet() {
        return sheet("accounts", List.of("account_number", "company_code", "company", "customer_category", "sales_rep"), row -> {
            for (BuyerAccountProfile account : accounts.all()) {
                row.accept(Arrays.asList(account.accountNumber(), account.buyerCompanyCode(), account.buyerCompanyName(),
                        account.customerCategory(), accounts.salesRepOf(account.id()).map(PortalUser::username).orElse(null)));
            }
        });
    }

    private SheetExport ordersSheet() {
        return sheet("orders", List.of("number", "placed_at", "status", "account_number", "total", "currency", "payment_method",
                "payment_terms", "freight", "lead_time_days", "reference"), row -> {
            var numbers = accountNumbers();
            eachOrder(order -> row.accept(Arrays.asList(order.number(), order.placedAt().toString(), order.status().name(),
                    numbers.get(order.buyerAccount()), order.total().amount().toPlainString(), order.total().currency().getCurrencyCode(),
                    order.paymentMethod().name(), order.paymentTerms(), order.freight(), String.valueOf(order.leadTimeDays()),
                    order.reference().orElse(null))));
        });
    }

    private SheetExport orderLinesSheet() {
        return sheet("order-lines", List.of("order_number", "position", "sku", "name", "unit", "quantity", "unit_price", "total", "rejection"),
                row -> eachOrder(order -> order.lines().forEach(line -> row.accept(Arrays.asList(order.number(), String.valueOf(line.position()),
                        line.sku(), line.name(), line.unit(), String.valueOf(line.quantity()), line.unitPrice().amount().toPlainString(),
                        line.total().amount().toPlainString(), line.rejection().orElse(null))))));
    }

    private SheetExport discountsSheet() {
        return sheet("discounts", List.of("code", "name", "customer_category", "account_number", "product_group", "percent", "valid_from",
                "valid_until"), row -> conditions.discounts().forEach(d -> row.accept(Arrays.asList(d.code(), d.name(), d.category(),
                d.accountNumber(), d.productGroup(), plain(d.percent()), text(d.validFrom()), text(d.validUntil())))));
    }

    private SheetExport promotionsSheet() {
        return sheet("promotions", List.of("code", "name", "kind", "sku", "product_group", "percent", "fixed_price", "min_quantity", "buy",
                "free", "customer_category", "pilot_accounts", "valid_from", "valid_until"), row -> conditions.promotions().forEach(p ->
                row.accept(Arrays.asList(p.code(), p.name(), p.kind().name(), p.sku(), p.productGroup(), plain(p.percent()), plain(p.fixedPrice()),
                        String.valueOf(p.minQuantity()), text(p.buy()), text(p.free()), p.category(),
                        p.pilotAccounts() == null ? null : String.join(" ", p.pilotAccounts()), text(p.validFrom()), text(p.validUntil())))));
    }

    private SheetExport alertsSheet() {
        return sheet("recovery-alerts", List.of("raised_at", "rule", "account_number", "buyer", "sales_rep", "value", "lines", "status",
                "closed_at", "recovered_order", "outcome_note"), row -> {
            for (int offset = 0; ; offset += PAGE) {
                var page = alerts.visible(Set.of(), offset, PAGE);
                page.forEach(a -> row.accept(Arrays.asList(a.raisedAt().toString(), a.rule(), a.accountNumber(), a.buyerName(),
                        a.salesRepName().orElse(null), a.value().amount().toPlainString(), String.valueOf(a.lines()), a.status().name(),
                        a.closedAt().map(Instant::toString).orElse(null), a.recoveredOrder().orElse(null), a.outcomeNote().orElse(null))));
                if (page.size() < PAGE) {
                    return;
                }
            }
        });
    }

    private void eachOrder(Consumer<PlacedOrder> each) {
        for (int page = 0; ; page++) {
            var batch = orders.inbox(Optional.empty(), page, PAGE);
            batch.forEach(each);
            if (batch.size() < PAGE) {
                return;
            }
        }
    }

    private Map<UUID, String> accountNumbers() {
        return accounts.all().stream().collect(Collectors.toMap(BuyerAccountProfile::id, BuyerAccountProfile::accountNumber));
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static SheetExport sheet(String kind, List<String> columns, Consumer<Consumer<List<String>>> rows) {
        return new SheetExport() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public List<String> columns() {
                return columns;
            }

            @Override
            public void rows(Consumer<List<String>> row) {
                // An empty cell, not the word "null", where a value is missing.
                rows.accept(values -> row.accept(values.stream().map(v -> v == null ? "" : v).toList()));
            }
        };
    }
}
