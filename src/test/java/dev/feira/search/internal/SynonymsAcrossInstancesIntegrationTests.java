package dev.feira.search.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.search.SearchSynonyms;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.shared.live.ClusterSignals;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;
import dev.feira.testing.SignalsHeard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Behind a load balancer a supplier's admin adds a synonym on one instance while buyers search on others: every
 * instance is told once the change commits, and uses the new words when told, not half a minute later.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SynonymsAcrossInstancesIntegrationTests {

    @Autowired
    SynonymBook book;
    @Autowired
    SynonymGroupEntries entries;
    @Autowired
    SearchSynonyms words;
    @Autowired
    ClusterSignals signals;
    @Autowired
    TenantDirectory tenants;

    @Test
    void aChangeIsToldToEveryInstanceAndAChangeHeardFromAnotherIsUsedAtOnce() throws Exception {
        TenantId ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        var heard = new LinkedBlockingQueue<String>();
        Runnable stopListening = signals.subscribe(SynonymBook.CHANGED, heard::add);
        try {
            SignalsHeard.all(signals); // this instance is listening
            int before = book.of(Set.of(ferragens)).groups().size();

            // Told: an admin's change here reaches the other instances once it commits.
            var added = Acting.asSupplier(ferragens, () -> words.add("grampola, grampolina"));
            assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo(ferragens.value().toString());
            assertThat(book.of(Set.of(ferragens)).groups()).hasSize(before + 1);
            Acting.asSupplier(ferragens, () -> words.remove(added.id()));
            assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo(ferragens.value().toString());
            SignalsHeard.all(signals);

            // Heard: a group another instance committed (written here behind this instance's back) is used once its
            // signal arrives, not up to SynonymBook.FRESH_FOR later.
            assertThat(book.of(Set.of(ferragens)).groups()).hasSize(before);
            var written = TenantContext.callAs(ferragens, () -> entries.save(new SynonymGroupEntry(List.of("tarraxola", "tarraxim"))));
            try {
                assertThat(book.of(Set.of(ferragens)).groups()).as("unseen without the signal").hasSize(before);
                signals.send(SynonymBook.CHANGED, ferragens.value().toString());
                await().atMost(Duration.ofSeconds(10)).until(() -> book.of(Set.of(ferragens)).groups().size() == before + 1);
            } finally {
                TenantContext.runAs(ferragens, () -> entries.delete(written));
                signals.send(SynonymBook.CHANGED, ferragens.value().toString());
            }
        } finally {
            stopListening.run();
        }
    }
}
