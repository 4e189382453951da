package dev.feira.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.AccessRequests;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;
import dev.feira.shared.Cnpj;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * Access requests, kept with the supplier asked (its tenant key and lock): the buyer's side writes and reads them within
 * that supplier's tenant, one short transaction each; the supplier's side reads its own. Approving opens the buyer
 * account there, as the declared tenants' accounts are opened.
 */
@Service
class AccessRequestDesk implements AccessRequests {

    private final JdbcClient sql;
    private final AccountDirectory directory;
    private final BuyerAccounts accounts;
    private final BuyerCompanies companies;
    private final TenantDirectory tenants;
    private final Clock clock;
    private final TransactionTemplate atSupplier;
    private final org.springframework.context.ApplicationEventPublisher events;

    AccessRequestDesk(JdbcClient sql, AccountDirectory directory, BuyerAccounts accounts, BuyerCompanies companies, TenantDirectory tenants,
                      Clock clock, PlatformTransactionManager transactions, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.sql = sql;
        this.directory = directory;
        this.accounts = accounts;
        this.companies = companies;
        this.tenants = tenants;
        this.clock = clock;
        this.atSupplier = new TransactionTemplate(transactions);
        this.atSupplier.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public AccessRequest request(TenantId supplierId, String cnpj, String message) {
        var caller = directory.buyerCaller().filter(dev.feira.identity.BuyerCaller::mayPurchase)
                .orElseThrow(() -> new AccessDeniedException("A company's buyer admins and purchasers ask for access"));
        var supplier = tenants.byId(supplierId).filter(t -> t.status().serves())
                .orElseThrow(() -> new Refused("supplier", "No such supplier"));
        String number = Cnpj.valid(cnpj).orElseThrow(() -> new Refused("cnpj", "'" + cnpj + "' is not a valid CNPJ", cnpj == null ? "" : cnpj));
        String note = message == null || message.isBlank() ? null : message.strip();
        if (note != null && note.length() > 1000) {
            throw new Refused("message-too-long", "A message has up to 1,000 characters");
        }
        var company = companies.findById(caller.buyerCompany()).orElseThrow();
        String by = caller.person().map(PortalUser::username).orElse("API · " + caller.companyName());
        return TenantContext.callAs(supplier.id(), () -> atSupplier.execute(status -> {
            if (accounts.existsByBuyerCompanyId(company.id())) {
                throw new Refused("has-account", "Your company has an account at " + supplier.name() + " already", supplier.name());
            }
            boolean pending = sql.sql("select exists (select 1 from access_request where tenant_id = :tenant and buyer_company_id = :company "
                            + "and status = 'PENDING')").param("tenant", supplier.id().value()).param("company", company.id())
                    .query(Boolean.class).single();
            if (pending) {
                throw new Refused("pending", "Your company's request to " + supplier.name() + " waits for its answer", supplier.name());
            }
            UUID id = UUID.randomUUID();
            sql.sql("""
                            insert into access_request (id, tenant_id, buyer_company_id, company_name, cnpj, message, requested_by, requested_at, status)
                            values (:id, :tenant, :company, :name, :cnpj, :message, :by, :at, 'PENDING')""")
                    .param("id", id).param("tenant", supplier.id().value()).param("company", company.id()).param("name", company.name())
                    .param("cnpj", number).param("message", note).param("by", by).param("at", Timestamp.from(clock.instant())).update();
            events.publishEvent(new dev.feira.identity.AccessRequested(supplier.id(), id, company.name(), Cnpj.formatted(number)));
            return one(id).orElseThrow();
        }));
    }

    @Override
    public List<AccessRequest> ofMyCompany() {
        var caller = directory.buyerCaller().orElseThrow(() -> new AccessDeniedException("A buyer company's requests"));
        List<AccessRequest> all = new ArrayList<>();
        for (TenantProfile supplier : tenants.all()) {
            all.addAll(TenantContext.callAs(supplier.id(), () -> atSupplier.execute(status -> sql.sql(
                            "select * from access_request where tenant_id = :tenant and buyer_company_id = :company")
                    .param("tenant", supplier.id().value()).param("company", caller.buyerCompany()).query(AccessRequestDesk::read).list())));
        }
        all.sort(Comparator.comparing(AccessRequest::requestedAt).reversed());
        return all;
    }

    @Override
    public List<AccessRequest> pending() {
        var supplier = directory.requireManager();
        return atSupplier.execute(status -> sql.sql("select * from access_request where tenant_id = :tenant and status = 'PENDING' order by requested_at")
                .param("tenant", supplier.id().value()).query(AccessRequestDesk::read).list());
    }

    @Override
    public BuyerAccountProfile approve(UUID request, String accountNumber, String customerCategory, Optional<UUID> salesRep) {
        var supplier = directory.requireAdministrator();
        String by = directory.get().map(PortalUser::username).orElse("API");
        var opened = atSupplier.execute(status -> {
            // Which request first: another supplier's id is unknown here, whatever the form says.
            var found = pendingOne(supplier, request);
            String number = accountNumber == null ? "" : accountNumber.strip();
            if (!number.matches("[A-Za-z0-9][A-Za-z0-9./-]{0,62}")) {
                throw new Refused("account-number", "An account number is 1 to 63 letters, digits, dots, slashes or hyphens");
            }
            String category = customerCategory == null || customerCategory.isBlank() ? null
                    : customerCategory.strip().toLowerCase(java.util.Locale.ROOT);
            if (category != null && !category.matches("[a-z0-9][a-z0-9-]{0,62}")) {
                throw new Refused("category", "A customer category is a short code of letters, digits and hyphens");
            }
            salesRep.ifPresent(rep -> {
                if (directory.staffOf(supplier.id(), Role.SALES_REP).stream().noneMatch(p -> p.id().equals(rep))) {
                    throw new Refused("rep", "The rep is not one of this supplier's");
                }
            });
            if (accounts.findByAccountNumber(number).isPresent()) {
                throw new Refused("account-number-taken", "Account number " + number + " is in use", number);
            }
            var account = accounts.save(new BuyerAccount(found.buyerCompany(), number, category, salesRep.orElse(null)));
            sql.sql("""
                            update access_request set status = 'APPROVED', decided_by = :by, decided_at = :at, account_number = :number
                            where id = :id and tenant_id = :tenant""")
                    .param("by", by).param("at", Timestamp.from(clock.instant())).param("number", number).param("id", request)
                    .param("tenant", supplier.id().value()).update();
            events.publishEvent(new dev.feira.identity.AccessDecided(supplier.id(), request, found.buyerCompany(), true, Optional.of(number),
                    Optional.empty()));
            return account.id();
        });
        return directory.byId(opened).orElseThrow();
    }

    @Override
    public void decline(UUID request, String reason) {
        var supplier = directory.requireAdministrator();
        String by = directory.get().map(PortalUser::username).orElse("API");
        atSupplier.executeWithoutResult(status -> {
            var found = pendingOne(supplier, request); // which request first, then what is said of it
            String why = reason == null || reason.isBlank() ? null : reason.strip();
            if (why == null || why.length() > 500) {
                throw new Refused("reason", "Say why, in up to 500 characters: the buyer reads it");
            }
            sql.sql("""
                            update access_request set status = 'DECLINED', decided_by = :by, decided_at = :at, decline_reason = :why
                            where id = :id and tenant_id = :tenant""")
                    .param("by", by).param("at", Timestamp.from(clock.instant())).param("why", why).param("id", request)
                    .param("tenant", supplier.id().value()).update();
            events.publishEvent(new dev.feira.identity.AccessDecided(supplier.id(), request, found.buyerCompany(), false, Optional.empty(),
                    Optional.of(why)));
        });
    }

    private record Pending(UUID buyerCompany) {
    }

    private Pending pendingOne(TenantProfile supplier, UUID request) {
        var status = sql.sql("select buyer_company_id, status from access_request where id = :id and tenant_id = :tenant for update")
                .param("id", request).param("tenant", supplier.id().value())
                .query((rs, n) -> new Object[] {rs.getObject("buyer_company_id", UUID.class), rs.getString("status")}).optional()
                .orElseThrow(() -> new Refused("unknown", "No such request here"));
        if (!"PENDING".equals(status[1])) {
            throw new Refused("decided", "This request was decided already");
        }
        return new Pending((UUID) status[0]);
    }

    private Optional<AccessRequest> one(UUID id) {
        return sql.sql("select * from access_request where id = :id").param("id", id).query(AccessRequestDesk::read).optional();
    }

    private static AccessRequest read(ResultSet rs, int row) throws SQLException {
        return new AccessRequest(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getString("company_name"),
                Cnpj.formatted(rs.getString("cnpj")), rs.getString("message"), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), Status.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("decline_reason")), Optional.ofNullable(rs.getString("account_number")));
    }
}
