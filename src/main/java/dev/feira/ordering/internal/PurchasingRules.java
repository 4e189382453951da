package dev.feira.ordering.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.identity.CurrentUser;
import dev.feira.identity.People;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;
import dev.feira.ordering.PurchasingPolicy;

/**
 * Buyer companies' purchasing policies and their purchasers' monthly spend. These rows belong to a
 * buyer company, not to a supplier, so they are read with plain SQL outside any tenant's rows.
 */
@Service
@Transactional
class PurchasingRules implements PurchasingPolicy {

    private static final ZoneId BUYER_ZONE = ZoneId.of("America/Sao_Paulo");
    private static final List<ApprovalLevel> ONE_APPROVER = List.of(new ApprovalLevel(BigDecimal.ZERO, Role.APPROVER));

    private final JdbcClient sql;
    private final People people;
    private final CurrentUser currentUser;

    PurchasingRules(JdbcClient sql, People people, CurrentUser currentUser) {
        this.sql = sql;
        this.people = people;
        this.currentUser = currentUser;
    }

    /**
     * The company's rules are its buyer admin's to read and set (and an operator's): checked here, so the team page
     * and any other caller obey the same rule.
     */
    private void requireAdminOf(UUID buyerCompany) {
        boolean allowed = currentUser.get().filter(user -> user.has(Role.PLATFORM_OPERATOR) || (user.has(Role.BUYER_ADMIN)
                && user.buyerCompany().filter(company -> company.id().equals(buyerCompany)).isPresent())).isPresent();
        if (!allowed) {
            throw new AccessDeniedException("Only the company's buyer admin sets its purchasing rules");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<PurchaserLimits> limits(UUID buyerCompany) {
        requireAdminOf(buyerCompany);
        bind(buyerCompany);
        var result = new ArrayList<PurchaserLimits>();
        for (PortalUser person : people.ofBuyerCompany(buyerCompany)) {
            var limits = limitsOf(buyerCompany, person.id());
            result.add(new PurchaserLimits(person, limits.perOrder(), limits.perMonth(), spentIn(buyerCompany, person.id(), month(Instant.now()))));
        }
        return result;
    }

    @Override
    public void setLimits(UUID buyerCompany, UUID person, BigDecimal perOrder, BigDecimal perMonth) {
        requireAdminOf(buyerCompany);
        boolean ofCompany = people.person(person).flatMap(PortalUser::buyerCompany).filter(c -> c.id().equals(buyerCompany)).isPresent();
        if (!ofCompany) {
            throw new IllegalArgumentException("That person does not buy for this company");
        }
        if ((perOrder != null && perOrder.signum() < 0) || (perMonth != null && perMonth.signum() < 0)) {
            throw new IllegalArgumentException("A limit is 0 or more (empty: no limit)");
        }
        bind(buyerCompany);
        sql.sql("""
                insert into spending_limit (buyer_company_id, user_id, per_order, per_month) values (:company, :person, :perOrder, :perMonth)
                on conflict (buyer_company_id, user_id) do update set per_order = excluded.per_order, per_month = excluded.per_month""")
                .param("company", buyerCompany).param("person", person).param("perOrder", perOrder).param("perMonth", perMonth).update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApprovalLevel> levels(UUID buyerCompany) {
        bind(buyerCompany);
        var levels = sql.sql("select from_amount, approver_role from approval_level where buyer_company_id = :company order by position")
                .param("company", buyerCompany)
                .query((row, n) -> new ApprovalLevel(row.getBigDecimal(1), Role.valueOf(row.getString(2)))).list();
        return levels.isEmpty() ? ONE_APPROVER : levels;
    }

    @Override
    public void setLevels(UUID buyerCompany, List<ApprovalLevel> levels) {
        requireAdminOf(buyerCompany);
        if (!levels.isEmpty() && levels.getFirst().fromAmount().signum() != 0) {
            throw new IllegalArgumentException("The first approval level starts at 0");
        }
        for (int i = 0; i < levels.size(); i++) {
            var level = levels.get(i);
            if (level.approverRole() != Role.APPROVER && level.approverRole() != Role.BUYER_ADMIN) {
                throw new IllegalArgumentException("Approvers are approvers or buyer admins");
            }
            if (i > 0 && level.fromAmount().compareTo(levels.get(i - 1).fromAmount()) <= 0) {
                throw new IllegalArgumentException("Each approval level starts at a higher amount than the one before");
            }
        }
        bind(buyerCompany);
        sql.sql("delete from approval_level where buyer_company_id = :company").param("company", buyerCompany).update();
        for (int i = 0; i < levels.size(); i++) {
            sql.sql("insert into approval_level (buyer_company_id, position, from_amount, approver_role) values (:company, :position, :from, :role)")
                    .param("company", buyerCompany).param("position", i + 1).param("from", levels.get(i).fromAmount())
                    .param("role", levels.get(i).approverRole().name()).update();
        }
    }

    /**
     * How many approvals an order of {@code amount} by this person needs: 0 within their limits,
     * otherwise one per level the amount reaches.
     */
    int approvalsNeeded(UUID buyerCompany, UUID person, BigDecimal amount, Instant at) {
        bind(buyerCompany);
        var limits = limitsOf(buyerCompany, person);
        boolean overOrder = limits.perOrder().map(limit -> amount.compareTo(limit) > 0).orElse(false);
        boolean overMonth = limits.perMonth().map(limit -> spentIn(buyerCompany, person, month(at)).add(amount).compareTo(limit) > 0)
                .orElse(false);
        if (!overOrder && !overMonth) {
            return 0;
        }
        return (int) Math.max(1, levels(buyerCompany).stream().filter(l -> amount.compareTo(l.fromAmount()) >= 0).count());
    }

    /** The role that decides at a level (1-based). */
    Role approverAt(UUID buyerCompany, int level) {
        var levels = levels(buyerCompany);
        return levels.get(Math.min(level, levels.size()) - 1).approverRole();
    }

    /** Who may decide at a level: the company's people with the level's role, except whoever placed the order. */
    List<UUID> approversAt(UUID buyerCompany, int level, Optional<UUID> purchaser) {
        return deciders(buyerCompany, level, purchaser).stream().map(PortalUser::id).toList();
    }

    /** As {@link #approversAt}, the people themselves (to name them to the purchaser). */
    List<PortalUser> deciders(UUID buyerCompany, int level, Optional<UUID> purchaser) {
        Role role = approverAt(buyerCompany, level);
        return people.ofBuyerCompany(buyerCompany).stream().filter(p -> p.has(role))
                .filter(p -> purchaser.map(id -> !id.equals(p.id())).orElse(true)).toList();
    }

    /** Adds an order to (or, negative, takes it out of) its purchaser's spend in the month it was placed. */
    void spend(UUID person, Instant placedAt, BigDecimal amount) {
        UUID company = people.person(person).flatMap(PortalUser::buyerCompany).map(PortalUser.BuyerCompanyRef::id)
                .orElseThrow(() -> new IllegalStateException("Person " + person + " buys for no company"));
        bind(company);
        sql.sql("""
                insert into purchaser_spend (buyer_company_id, user_id, month, amount) values (:company, :person, :month, :amount)
                on conflict (user_id, month, buyer_company_id) do update set amount = purchaser_spend.amount + excluded.amount""")
                .param("company", company).param("person", person).param("month", month(placedAt)).param("amount", amount).update();
    }

    private BigDecimal spentIn(UUID buyerCompany, UUID person, LocalDate month) {
        return sql.sql("select amount from purchaser_spend where buyer_company_id = :company and user_id = :person and month = :month")
                .param("company", buyerCompany).param("person", person).param("month", month)
                .query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
    }

    /**
     * Names the company this transaction works for, which row-level security reads (the second lock besides each
     * query's own condition). Transaction-local, like the tenant setting.
     */
    private void bind(UUID buyerCompany) {
        sql.sql("select set_config('feira.buyer_company_id', :company, true)").param("company", buyerCompany.toString())
                .query(String.class).single();
    }

    private Limits limitsOf(UUID buyerCompany, UUID person) {
        return sql.sql("select per_order, per_month from spending_limit where buyer_company_id = :company and user_id = :person")
                .param("company", buyerCompany).param("person", person)
                .query((row, n) -> new Limits(Optional.ofNullable(row.getBigDecimal(1)), Optional.ofNullable(row.getBigDecimal(2))))
                .optional().orElse(new Limits(Optional.empty(), Optional.empty()));
    }

    private static LocalDate month(Instant at) {
        return at.atZone(BUYER_ZONE).toLocalDate().withDayOfMonth(1);
    }

    private record Limits(Optional<BigDecimal> perOrder, Optional<BigDecimal> perMonth) {
    }
}
