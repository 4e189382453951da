package dev.feira.pricing.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.catalog.Catalog;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.pricing.ConditionsEditor;
import dev.feira.pricing.ConditionsEditor.DiscountDraft;
import dev.feira.pricing.ConditionsEditor.PriceListDraft;
import dev.feira.pricing.ConditionsEditor.PromotionDraft;
import dev.feira.pricing.ConditionsEditor.PromotionKind;
import dev.feira.pricing.ConditionsEditor.TermsDraft;
import dev.feira.pricing.ConditionsEditor.Tier;
import dev.feira.pricing.InvalidConditions;
import dev.feira.pricing.Pricing;
import dev.feira.pricing.TradeTerms;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.shared.live.ClusterSignals;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;
import dev.feira.testing.SignalsHeard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** What a supplier edits by hand at Ferragens Paulista applies to the next price, and bad drafts change nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConditionsEditorIntegrationTests {

    @Autowired
    ConditionsEditor editor;
    @Autowired
    Pricing pricing;
    @Autowired
    Catalog catalog;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    BuyerAccountDirectory accounts;
    @Autowired
    ClusterSignals signals;
    @Autowired
    PriceListEntries entries;

    /** As Ferragens itself (its own systems): the catalog and its conditions are the supplier's to change. */
    private <T> T asFerragens(java.util.function.Supplier<T> work) {
        return Acting.asSupplier(tenants.bySlug("ferragens").orElseThrow().id(), work);
    }

    private BigDecimal unitPrice(String account, String sku, int quantity) {
        return asFerragens(() -> pricing.quote(catalog.bySku(sku).orElseThrow(), quantity, accounts.byAccountNumber(account))
                .unitPrice().amount());
    }

    /**
     * Behind a load balancer a supplier edits its conditions on one instance while buyers are priced on others: every
     * instance is told once the change commits, and prices with the new book when told, not a minute later.
     */
    @Test
    void aChangeIsToldToEveryInstanceAndAChangeHeardFromAnotherPricesAtOnce() throws Exception {
        TenantId ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        var heard = new LinkedBlockingQueue<String>();
        Runnable stopListening = signals.subscribe(PriceBooks.CHANGED, heard::add);
        try {
            SignalsHeard.all(signals); // this instance is listening
            asFerragens(() -> {
                editor.save(new PriceListDraft("aviso-instancias", "Aviso entre instâncias", null, null, "FP-10021", 5,
                        LocalDate.of(2026, 1, 1), null, List.of(new Tier("FP-00110", 1, new BigDecimal("0.50")))));
                return null;
            });
            // Told: the other instances hear of the change once it commits.
            assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo(ferragens.value().toString());
            SignalsHeard.all(signals);
            assertThat(unitPrice("FP-10021", "FP-00110", 1)).isEqualByComparingTo("0.50");

            // Heard: a price another instance committed (written here behind this instance's back) applies once its
            // signal arrives.
            TenantContext.runAs(ferragens, () -> entries.findAll().stream()
                    .filter(entry -> entry.key().sku().equals("FP-00110") && entry.unitPrice().compareTo(new BigDecimal("0.50")) == 0)
                    .forEach(entry -> {
                        entry.reprice(new BigDecimal("0.60"));
                        entries.save(entry);
                    }));
            assertThat(unitPrice("FP-10021", "FP-00110", 1)).as("unseen without the signal, for up to PriceBooks.MAX_AGE")
                    .isEqualByComparingTo("0.50");
            signals.send(PriceBooks.CHANGED, ferragens.value().toString());
            await().atMost(Duration.ofSeconds(10)).until(() -> unitPrice("FP-10021", "FP-00110", 1).compareTo(new BigDecimal("0.60")) == 0);
        } finally {
            stopListening.run();
            asFerragens(() -> {
                editor.remove(ConditionsEditor.Kind.PRICE_LIST, "AVISO-INSTANCIAS");
                return null;
            });
        }
    }

    @Test
    void anIndividualPriceListWithTiersAppliesToThatBuyerOnly() {
        BigDecimal horizonteBefore = unitPrice("FP-10021", "FP-00110", 1);
        BigDecimal valeBefore = unitPrice("FP-10007", "FP-00110", 1);

        asFerragens(() -> {
            editor.save(new PriceListDraft("acordo-horizonte", "Acordo Horizonte", null, null, "FP-10021", 5,
                    LocalDate.of(2026, 1, 1), null, List.of(new Tier("FP-00110", 1, new BigDecimal("0.50")),
                    new Tier("FP-00110", 100, new BigDecimal("0.40")))));
            return null;
        });

        assertThat(unitPrice("FP-10021", "FP-00110", 1)).isEqualByComparingTo("0.50").isNotEqualByComparingTo(horizonteBefore);
        assertThat(unitPrice("FP-10021", "FP-00110", 100)).isEqualByComparingTo("0.40");
        assertThat(unitPrice("FP-10007", "FP-00110", 1)).isEqualByComparingTo(valeBefore);
        assertThat(asFerragens(() -> editor.priceList("ACORDO-HORIZONTE")).orElseThrow().tiers()).hasSize(2);

        asFerragens(() -> {
            editor.remove(ConditionsEditor.Kind.PRICE_LIST, "ACORDO-HORIZONTE");
            return null;
        });
        assertThat(unitPrice("FP-10021", "FP-00110", 1)).isEqualByComparingTo(horizonteBefore);
    }

    @Test
    void aDraftWithMistakesListsThemAllAndSavesNothing() {
        var draft = new PriceListDraft("RUIM", "", null, "construtoras", "FP-10021", 0, LocalDate.of(2027, 1, 1),
                LocalDate.of(2026, 1, 1), List.of(new Tier("FP-00151", 1, new BigDecimal("1.00")),
                new Tier("FP-00151", 50, new BigDecimal("2.00"))));

        assertThatThrownBy(() -> asFerragens(() -> {
            editor.save(draft);
            return null;
        })).isInstanceOfSatisfying(InvalidConditions.class, e -> assertThat(e.problems()).hasSize(4)
                .anyMatch(p -> p.contains("name is required"))
                .anyMatch(p -> p.contains("not both"))
                .anyMatch(p -> p.contains("before valid from"))
                .anyMatch(p -> p.startsWith("FP-00151")));
        assertThat(asFerragens(() -> editor.priceList("RUIM"))).isEmpty();
    }

    @Test
    void referencesAreCheckedBeforeAnythingIsWritten() {
        var unknownSku = new PriceListDraft("FANTASMA", "Fantasma", null, null, null, 0, null, null,
                List.of(new Tier("NAO-EXISTE", 1, BigDecimal.ONE)));
        var unknownAccount = new DiscountDraft("FANTASMA", "Fantasma", null, "FP-99999", null, BigDecimal.TEN, null, null);

        assertThatThrownBy(() -> asFerragens(() -> {
            editor.save(unknownSku);
            return null;
        })).isInstanceOf(InvalidConditions.class).hasMessageContaining("NAO-EXISTE");
        assertThatThrownBy(() -> asFerragens(() -> {
            editor.save(unknownAccount);
            return null;
        })).isInstanceOf(InvalidConditions.class).hasMessageContaining("FP-99999");
        assertThat(asFerragens(() -> editor.priceList("FANTASMA"))).isEmpty();
        assertThat(asFerragens(() -> editor.discounts())).noneMatch(d -> d.code().equals("FANTASMA"));
    }

    @Test
    void aDiscountForACategoryLowersItsBuyersPrices() {
        BigDecimal before = unitPrice("FP-10021", "FP-00186", 1);

        asFerragens(() -> {
            editor.save(new DiscountDraft("CONSTRUTORAS-ANEIS", "Construtoras – anéis", "construtoras", null,
                    "Fixadores > Anéis e Pinos", new BigDecimal("12.5"), null, null));
            return null;
        });

        assertThat(unitPrice("FP-10021", "FP-00186", 1)).isLessThan(before);
        assertThat(asFerragens(() -> editor.discounts())).anyMatch(d -> d.code().equals("CONSTRUTORAS-ANEIS")
                && d.percent().compareTo(new BigDecimal("12.5")) == 0);
    }

    @Test
    void promotionsAreCheckedForWhatTheirKindNeeds() {
        var bonusWithoutQuantities = new PromotionDraft("LEVE-MAIS", "Leve mais", PromotionKind.BONUS, "FP-00201", null,
                null, null, 1, null, null, null, Set.of(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31));
        var fixedPrice = new PromotionDraft("PRECO-FIXO", "Preço fixo", PromotionKind.FIXED_PRICE, "FP-00201", null,
                null, new BigDecimal("0.01"), 1, null, null, null, Set.of("FP-10007"), LocalDate.of(2026, 1, 1), LocalDate.of(2099, 12, 31));

        assertThatThrownBy(() -> asFerragens(() -> {
            editor.save(bonusWithoutQuantities);
            return null;
        })).isInstanceOf(InvalidConditions.class).hasMessageContaining("'buy' and 'free'");
        asFerragens(() -> {
            editor.save(fixedPrice);
            return null;
        });

        assertThat(unitPrice("FP-10007", "FP-00201", 1)).isEqualByComparingTo("0.01");
        assertThat(unitPrice("FP-10021", "FP-00201", 1)).isGreaterThan(new BigDecimal("0.01")); // not in the pilot group
        asFerragens(() -> {
            editor.remove(ConditionsEditor.Kind.PROMOTION, "PRECO-FIXO");
            return null;
        });
        assertThat(unitPrice("FP-10007", "FP-00201", 1)).isGreaterThan(new BigDecimal("0.01"));
    }

    @Test
    void anAccountsCategoryAndTermsAreEditable() {
        var original = asFerragens(() -> accounts.byAccountNumber("FP-10007")).orElseThrow();
        asFerragens(() -> {
            editor.saveTerms("FP-10007", new TermsDraft("45 dias, boleto", TradeTerms.Freight.FOB, 4, new BigDecimal("1000")));
            return accounts.assignCategory("FP-10007", "Construtoras");
        });

        var terms = asFerragens(() -> pricing.terms(accounts.byAccountNumber("FP-10007")));
        assertThat(terms.paymentTerms()).isEqualTo("45 dias, boleto");
        assertThat(terms.leadTimeDays()).isEqualTo(4);
        assertThat(asFerragens(() -> accounts.byAccountNumber("FP-10007")).orElseThrow().customerCategory()).isEqualTo("construtoras");
        assertThatThrownBy(() -> asFerragens(() -> {
            editor.saveTerms("FP-10007", new TermsDraft("", null, -1, null));
            return null;
        })).isInstanceOfSatisfying(InvalidConditions.class, e -> assertThat(e.problems()).hasSize(3));

        asFerragens(() -> { // as the demo data has them: other tests in this context read Vale's terms
            editor.saveTerms("FP-10007", new TermsDraft("28 dias, faturado", TradeTerms.Freight.CIF, 1, new BigDecimal("800.00")));
            return accounts.assignCategory("FP-10007", original.customerCategory());
        });
        assertThat(asFerragens(() -> Optional.of(editor.customerCategories()))).get().asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.collection(String.class)).contains("construtoras", "industria");
    }
}
