package dev.feira.ordering.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.shared.TenantContext;

/**
 * The supplier's next order number, drawn in one autocommitted statement ({@code next_document_number}
 * in the database). Under load a transaction around it would hold the counter row across a round
 * trip to the application, and every other checkout of that supplier would wait behind it.
 * Invoice numbers stay inside their transaction instead: they must have no gaps.
 */
@Component
class OrderNumbers {

    private final JdbcClient sql;

    OrderNumbers(JdbcClient sql) {
        this.sql = sql;
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    long next() {
        return sql.sql("select next_document_number(?, 'ORDER')").param(TenantContext.require().value())
                .query(Long.class).single();
    }
}
