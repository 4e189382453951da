package dev.feira.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.feira.shared.TenantContext;

/**
 * Starts every JPA transaction by writing the current tenant into the PostgreSQL setting that the
 * row-level-security policies read ({@value #TENANT_SETTING}). The setting is transaction-local
 * ({@code set_config(..., true)}), so it can never leak to the next user of a pooled connection,
 * and work outside a transaction sees no tenant rows at all.
 */
class TenantBoundTransactionManager extends JpaTransactionManager {

    static final String TENANT_SETTING = "feira.tenant_id";

    TenantBoundTransactionManager(EntityManagerFactory emf) {
        super(emf);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        var holder = (EntityManagerHolder) TransactionSynchronizationManager.getResource(obtainEntityManagerFactory());
        EntityManager em = holder.getEntityManager();
        String tenant = TenantContext.current().map(Object::toString).orElse("");
        try {
            em.unwrap(Session.class).doWork(connection -> {
                try (var statement = connection.prepareStatement("select set_config(?, ?, true)")) {
                    statement.setString(1, TENANT_SETTING);
                    statement.setString(2, tenant);
                    statement.execute();
                }
            });
        } catch (RuntimeException failed) {
            // The connection died after the pool handed it out (PostgreSQL restarted, a fail-over): what the
            // transaction bound to this thread must be released here, or every later transaction on the thread
            // would reuse the dead connection — a scheduled task then failed every second until a restart.
            try {
                em.getTransaction().rollback();
            } catch (RuntimeException alreadyGone) {
                failed.addSuppressed(alreadyGone);
            }
            doCleanupAfterCompletion(transaction);
            throw new CannotCreateTransactionException("Could not bind the transaction to its tenant", failed);
        }
    }
}
