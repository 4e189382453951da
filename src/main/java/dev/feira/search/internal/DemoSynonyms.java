package dev.feira.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.search.SearchSynonyms.SynonymRefusal;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDefinitionLoaded;

/**
 * A declared tenant's synonyms ({@code tenants/<slug>/synonyms.txt}, one group per line, as the app's
 * list takes them), loaded while the supplier has none: once there, they are the supplier's to edit.
 */
@Component
class DemoSynonyms {

    static final String FILE_NAME = "synonyms.txt";
    private static final Logger log = LoggerFactory.getLogger(DemoSynonyms.class);

    private final SynonymGroupEntries groups;
    private final SynonymBook book;
    private final TransactionTemplate transaction;

    DemoSynonyms(SynonymGroupEntries groups, SynonymBook book, PlatformTransactionManager transactions) {
        this.groups = groups;
        this.book = book;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void on(TenantDefinitionLoaded event) {
        Path file = event.directory().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            var lines = Files.readString(file);
            var parsed = SynonymLists.parse(lines);
            TenantContext.runAs(event.tenant(), () -> transaction.executeWithoutResult(status -> {
                if (groups.count() == 0) {
                    parsed.forEach(terms -> groups.save(new SynonymGroupEntry(terms)));
                }
            }));
            book.changed(event.tenant());
            log.info("Synonyms of tenant '{}' loaded from {}", event.slug(), file);
        } catch (IOException e) {
            log.error("{} could not be read: {}", file, e.getMessage());
        } catch (SynonymRefusal refused) {
            log.error("{}: {}; nothing applied", file, refused.getMessage());
        }
    }
}
