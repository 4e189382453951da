package dev.feira.pricing.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.feira.catalog.CategoryRenamed;

/**
 * Product groups are category paths: when the supplier renames a category, every discount,
 * promotion, assortment and order rule that named it (or a category below it) follows, so a
 * rename never silently ends a condition.
 */
@Component
class ProductGroupRenames {

    private static final Logger log = LoggerFactory.getLogger(ProductGroupRenames.class);

    private final DiscountRules discounts;
    private final Promotions promotions;
    private final AssortmentDefinitions assortments;
    private final OrderRules orderRules;
    private final ConditionsImport conditions;

    ProductGroupRenames(DiscountRules discounts, Promotions promotions, AssortmentDefinitions assortments,
                        OrderRules orderRules, ConditionsImport conditions) {
        this.discounts = discounts;
        this.promotions = promotions;
        this.assortments = assortments;
        this.orderRules = orderRules;
        this.conditions = conditions;
    }

    @ApplicationModuleListener
    void on(CategoryRenamed event) {
        int renamed = discounts.renameGroup(event.from(), event.to()) + promotions.renameGroup(event.from(), event.to())
                + assortments.renameGroup(event.from(), event.to()) + orderRules.renameGroup(event.from(), event.to());
        if (renamed > 0) {
            conditions.announceChange();
        }
        log.info("Category '{}' renamed '{}': {} condition(s) follow", event.from(), event.to(), renamed);
    }
}
