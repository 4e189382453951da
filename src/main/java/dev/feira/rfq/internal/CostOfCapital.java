package dev.feira.rfq.internal;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What money costs a buyer company a year; until its buyer admin says, 15 % (about Brazil's base rate). */
@Component
class CostOfCapital {

    static final BigDecimal DEFAULT = new BigDecimal("0.15");

    private final JdbcClient sql;

    CostOfCapital(JdbcClient sql) {
        this.sql = sql;
    }

    /** Within a transaction bound to the company. */
    BigDecimal of(UUID company) {
        return sql.sql("select cost_of_capital from rfq_buyer_setting where buyer_company_id = :company").param("company", company)
                .query(BigDecimal.class).optional().orElse(DEFAULT);
    }

    void set(UUID company, BigDecimal yearly) {
        sql.sql("""
                insert into rfq_buyer_setting (buyer_company_id, cost_of_capital) values (:company, :rate)
                on conflict (buyer_company_id) do update set cost_of_capital = excluded.cost_of_capital""")
                .param("company", company).param("rate", yearly).update();
    }
}
