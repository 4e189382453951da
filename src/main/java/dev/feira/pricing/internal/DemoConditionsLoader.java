package dev.feira.pricing.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.feira.pricing.internal.PriceBook.PromotionKind;
import dev.feira.shared.sheet.InvalidSheet;
import dev.feira.tenancy.TenantDefinitionLoaded;
import dev.feira.tenancy.TenantDirectory;

/**
 * Applies a declarative tenant's {@code conditions.yaml}: trade terms, price lists (their prices in
 * CSV files beside it), discounts and promotions. Runs after the tenant's accounts and catalog are
 * loaded, since conditions name both. A broken file is reported and nothing of it applied.
 */
@Component
class DemoConditionsLoader {

    static final String FILE_NAME = "conditions.yaml";
    private static final Logger log = LoggerFactory.getLogger(DemoConditionsLoader.class);

    private final YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final ConditionsImport importer;
    private final TenantDirectory tenants;

    DemoConditionsLoader(ConditionsImport importer, TenantDirectory tenants) {
        this.importer = importer;
        this.tenants = tenants;
    }

    record ConditionsFile(TermsFile terms, List<PriceListEntryFile> priceLists, List<DiscountFile> discounts,
                          List<PromotionFile> promotions, List<AssortmentFile> assortments, List<OrderRuleFile> orderRules) {
    }

    record OrderRuleFile(String code, String category, String account, String sku, String group, Integer minLot,
                         Integer multiple) {
    }

    record AssortmentFile(String code, String name, String category, String account, List<String> groups, List<String> skus) {
    }

    record TermsFile(ConditionSet.Terms defaults, Map<String, ConditionSet.Terms> accounts) {
    }

    record PriceListEntryFile(String code, String name, String currency, String category, String account, Integer priority,
                              LocalDate validFrom, LocalDate validUntil, String prices) {
    }

    record DiscountFile(String code, String name, String category, String account, String group, BigDecimal percent,
                        LocalDate validFrom, LocalDate validUntil) {
    }

    record PromotionFile(String code, String name, PromotionKind kind, String sku, String group, BigDecimal percent,
                         BigDecimal price, Integer minQuantity, Integer buy, Integer free, String category,
                         List<String> pilot, LocalDate validFrom, LocalDate validUntil) {
    }

    @TransactionalEventListener
    @Order(30) // after accounts (identity) and the catalog
    void on(TenantDefinitionLoaded event) {
        Path file = event.directory().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            ConditionSet set = read(file, tenants.byId(event.tenant()).orElseThrow().currency().getCurrencyCode());
            int written = importer.apply(file.toString(), set);
            log.info("Conditions of tenant '{}': {} price lists, {} discounts, {} promotions, {} assortments; {} price tiers written",
                    event.slug(), set.priceLists().size(), set.discounts().size(), set.promotions().size(),
                    set.assortments().size(), written);
        } catch (dev.feira.pricing.InvalidConditions | InvalidSheet e) {
            log.error("Conditions file rejected, nothing applied: {}", e.getMessage());
        } catch (IllegalArgumentException e) {
            log.error("Conditions file rejected, nothing applied: {}: {}", file, e.getMessage());
        }
    }

    ConditionSet read(Path file, String currency) {
        ConditionsFile content;
        try {
            content = yaml.readValue(Files.readString(file), ConditionsFile.class);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IllegalArgumentException("line " + line + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot be read: " + e.getMessage());
        }
        var lists = new ArrayList<ConditionSet.PriceListDefinition>();
        for (var list : nonNull(content.priceLists())) {
            require(list.code() != null && list.name() != null && list.prices() != null,
                    "every price list needs code, name and prices (a CSV file)");
            lists.add(new ConditionSet.PriceListDefinition(list.code(), list.name(),
                    list.currency() == null ? currency : list.currency(), list.category(), list.account(),
                    list.priority() == null ? 0 : list.priority(), new Validity(list.validFrom(), list.validUntil()),
                    prices(file.resolveSibling(list.prices()))));
        }
        var discounts = nonNull(content.discounts()).stream().map(d -> {
            require(d.code() != null && d.name() != null && d.percent() != null, "every discount needs code, name and percent");
            return new ConditionSet.DiscountDefinition(d.code(), d.name(), d.category(), d.account(), d.group(), d.percent(),
                    new Validity(d.validFrom(), d.validUntil()));
        }).toList();
        var promotions = nonNull(content.promotions()).stream().map(p -> {
            require(p.code() != null && p.name() != null && p.kind() != null && p.validFrom() != null && p.validUntil() != null,
                    "every promotion needs code, name, kind, validFrom and validUntil");
            return new ConditionSet.PromotionDefinition(p.code(), p.name(), p.kind(), p.sku(), p.group(), p.percent(),
                    p.price(), p.minQuantity() == null ? 1 : p.minQuantity(), p.buy(), p.free(), p.category(),
                    Set.copyOf(nonNull(p.pilot())), new Validity(p.validFrom(), p.validUntil()));
        }).toList();
        var assortments = nonNull(content.assortments()).stream().map(a -> {
            require(a.code() != null && a.name() != null, "every assortment needs code and name");
            return new ConditionSet.AssortmentEntry(a.code(), a.name(), a.category(), a.account(),
                    Set.copyOf(nonNull(a.groups())), Set.copyOf(nonNull(a.skus())));
        }).toList();
        TermsFile terms = content.terms();
        return new ConditionSet(terms == null ? null : terms.defaults(),
                terms == null || terms.accounts() == null ? Map.of() : new LinkedHashMap<>(terms.accounts()),
                lists, discounts, promotions, assortments,
                nonNull(content.orderRules()).stream().map(r -> new ConditionSet.OrderRuleEntry(r.code(), r.category(),
                        r.account(), r.sku(), r.group(), r.minLot(), r.multiple())).toList());
    }

    private static Map<String, Map<Integer, BigDecimal>> prices(Path csv) {
        try (var reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return PriceListCsv.parse(csv.toString(), reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("price file " + csv + " cannot be read: " + e.getMessage());
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
