package dev.feira.rfq.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names the buyer company the current transaction works for, which the row-level-security policies of the company's
 * tables read. Transaction-local, like the tenant setting: it never leaks to the pool's next user.
 */
@Component
class CompanyBinding {

    private final JdbcClient sql;

    CompanyBinding(JdbcClient sql) {
        this.sql = sql;
    }

    void bind(UUID buyerCompany) {
        sql.sql("select set_config('feira.buyer_company_id', :company, true)").param("company", buyerCompany.toString())
                .query(String.class).single();
    }
}
