package dev.feira.search.ui;

import java.util.List;

import com.vaadin.flow.component.select.Select;

import dev.feira.identity.BuyerAccountProfile;

/** Staff preview: pick a buyer account to see the catalog with its assortment, prices and terms. */
final class SeeAsBuyerSelect extends Select<BuyerAccountProfile> {

    SeeAsBuyerSelect(List<BuyerAccountProfile> accounts) {
        setId("see-as-buyer");
        setLabel(getTranslation("catalog.see-as-buyer"));
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(getTranslation("catalog.see-as-buyer.none"));
        setItems(accounts);
        setItemLabelGenerator(a -> a == null ? getTranslation("catalog.see-as-buyer.none")
                : a.accountNumber() + " · " + a.buyerCompanyName() + (a.customerCategory() == null ? "" : " (" + a.customerCategory() + ")"));
        setWidth("28em");
        setMaxWidth("100%");
    }
}
