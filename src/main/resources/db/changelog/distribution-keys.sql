--liquibase formatted sql

--changeset feira:distribution-keys-1
-- Keys a distributed PostgreSQL (Citus) can enforce per node (docs/decisions/013): a supplier's tables carry
-- tenant_id, a buyer company's own purchasing carries buyer_company_id, in every primary key, unique constraint and
-- foreign key between them. The distribution column comes last so that a look-up by id alone (webhooks, jobs) still
-- finds its row through the key's index; a tenant's range scans have their own indexes led by tenant_id.
-- Ids are UUIDs, unique anyway: what was unique across the platform stays so (a Stripe id, an RFQ number from one
-- sequence); the constraint now holds it per owner, which is what a node can check.

-- A supplier's invitation names the buyer's RFQ, which lives with the buyer company's rows, not the supplier's:
-- no node could check this key. RFQs are never deleted, and an invitation is
-- written only once its RFQ's publication has committed (RfqPublished).
alter table quote_invitation drop constraint quote_invitation_rfq_id_fkey;

-- The keys that point at keys about to change.
alter table stock_level drop constraint stock_level_product_id_fkey;
alter table product_unit drop constraint product_unit_product_id_fkey;
alter table product_attribute drop constraint product_attribute_product_id_fkey;
alter table product_image drop constraint product_image_product_id_fkey;
alter table price_list drop constraint price_list_buyer_account_id_fkey;
alter table price_list_entry drop constraint price_list_entry_price_list_id_fkey;
alter table discount_rule drop constraint discount_rule_buyer_account_id_fkey;
alter table promotion_pilot_account drop constraint promotion_pilot_account_promotion_id_fkey;
alter table promotion_pilot_account drop constraint promotion_pilot_account_buyer_account_id_fkey;
alter table trade_terms drop constraint trade_terms_buyer_account_id_fkey;
alter table assortment drop constraint assortment_buyer_account_id_fkey;
alter table assortment_group drop constraint assortment_group_assortment_id_fkey;
alter table assortment_sku drop constraint assortment_sku_assortment_id_fkey;
alter table purchase_order_approval drop constraint purchase_order_approval_order_id_fkey;
alter table order_rule drop constraint order_rule_buyer_account_id_fkey;
alter table cart drop constraint cart_buyer_account_id_fkey;
alter table cart_line drop constraint cart_line_cart_id_fkey;
alter table purchase_order drop constraint purchase_order_buyer_account_id_fkey;
alter table purchase_order_line drop constraint purchase_order_line_order_id_fkey;
alter table purchase_order_event drop constraint purchase_order_event_order_id_fkey;
alter table delivery drop constraint delivery_buyer_account_id_fkey;
alter table delivery_line drop constraint delivery_line_delivery_id_fkey;
alter table delivery_line drop constraint delivery_line_order_id_fkey;
alter table cart drop constraint cart_awaiting_order_fkey;
alter table webhook_delivery drop constraint webhook_delivery_subscription_id_fkey;
alter table cart_offer drop constraint cart_offer_cart_id_fkey;
alter table saved_list drop constraint saved_list_buyer_account_id_fkey;
alter table card_payment drop constraint card_payment_order_id_fkey;
alter table cart_watch drop constraint cart_watch_buyer_account_id_fkey;
alter table quote_invitation drop constraint quote_invitation_buyer_account_id_fkey;
alter table quote_invitation_line drop constraint quote_invitation_line_invitation_id_fkey;
alter table recovery_contact drop constraint recovery_contact_alert_id_fkey;
alter table cart_round drop constraint cart_round_buyer_account_id_fkey;
alter table rfq_line drop constraint rfq_line_rfq_id_fkey;
alter table rfq_supplier drop constraint rfq_supplier_rfq_id_fkey;
alter table quote_revision drop constraint quote_revision_invitation_id_fkey;
alter table quote_revision_line drop constraint quote_revision_line_revision_id_fkey;
alter table rfq_award drop constraint rfq_award_rfq_id_fkey;
alter table quote_message drop constraint quote_message_invitation_id_fkey;
alter table rfq_attachment drop constraint rfq_attachment_rfq_id_fkey;

-- Primary keys and unique constraints, again with the distribution column.
alter table buyer_account drop constraint buyer_account_pkey;
alter table access_request drop constraint access_request_pkey;
alter table support_access drop constraint support_access_pkey;
alter table company_address drop constraint company_address_pkey;
alter table product drop constraint product_pkey;
alter table product_unit drop constraint product_unit_pkey;
alter table warehouse drop constraint warehouse_pkey;
alter table stock_level drop constraint stock_level_pkey;
alter table product_attribute drop constraint product_attribute_pkey;
alter table promotion_pilot_account drop constraint promotion_pilot_account_pkey;
alter table product_category drop constraint product_category_pkey;
alter table product_image drop constraint product_image_pkey;
alter table promotion drop constraint promotion_pkey;
alter table price_list drop constraint price_list_pkey;
alter table price_list_entry drop constraint price_list_entry_pkey;
alter table discount_rule drop constraint discount_rule_pkey;
alter table cart drop constraint cart_pkey;
alter table trade_terms drop constraint trade_terms_pkey;
alter table purchase_order drop constraint purchase_order_pkey;
alter table assortment drop constraint assortment_pkey;
alter table assortment_group drop constraint assortment_group_pkey;
alter table cart_line drop constraint cart_line_pkey;
alter table assortment_sku drop constraint assortment_sku_pkey;
alter table order_rule drop constraint order_rule_pkey;
alter table purchase_order_line drop constraint purchase_order_line_pkey;
alter table purchase_order_event drop constraint purchase_order_event_pkey;
alter table delivery drop constraint delivery_pkey;
alter table delivery_line drop constraint delivery_line_pkey;
alter table purchaser_spend drop constraint purchaser_spend_pkey;
alter table webhook_subscription drop constraint webhook_subscription_pkey;
alter table purchase_order_approval drop constraint purchase_order_approval_pkey;
alter table webhook_delivery drop constraint webhook_delivery_pkey;
alter table webhook_delivery drop constraint webhook_delivery_subscription_id_event_id_key;
alter table cart_offer drop constraint cart_offer_pkey;
alter table card_payment drop constraint card_payment_pkey;
alter table card_payment drop constraint card_payment_order_id_key;
alter table card_payment drop constraint card_payment_intent_id_key;
alter table supplier_payment_account drop constraint supplier_payment_account_pkey;
alter table abandonment_rule drop constraint abandonment_rule_pkey;
alter table recovery_alert drop constraint recovery_alert_pkey;
alter table recovery_alert drop constraint recovery_alert_rule_id_cart_id_episode_key;
alter table cart_item drop constraint cart_item_pkey;
alter table cart_watch drop constraint cart_watch_pkey;
alter table recovery_contact drop constraint recovery_contact_pkey;
alter table cart_round drop constraint cart_round_pkey;
drop index cart_round_open;
alter table cart_event drop constraint cart_event_pkey;
alter table rfq drop constraint rfq_pkey;
alter table rfq drop constraint rfq_number_key;
alter table rfq_line drop constraint rfq_line_pkey;
alter table rfq_line drop constraint rfq_line_line_id_key;
alter table rfq_supplier drop constraint rfq_supplier_pkey;
alter table quote_invitation drop constraint quote_invitation_pkey;
alter table quote_invitation_line drop constraint quote_invitation_line_pkey;
alter table quote_revision drop constraint quote_revision_pkey;
alter table quote_revision drop constraint quote_revision_invitation_id_revision_key;
alter table quote_revision_line drop constraint quote_revision_line_pkey;
alter table rfq_award drop constraint rfq_award_pkey;
alter table quote_message drop constraint quote_message_pkey;
alter table rfq_attachment drop constraint rfq_attachment_pkey;
alter table own_domain drop constraint own_domain_pkey;
alter table search_synonym_group drop constraint search_synonym_group_pkey;
alter table icms_st_rule drop constraint icms_st_rule_pkey;
alter table search_miss drop constraint search_miss_pkey;

alter table buyer_account add primary key (id, tenant_id);
alter table access_request add primary key (id, tenant_id);
alter table support_access add primary key (id, tenant_id);
alter table company_address add primary key (id, buyer_company_id);
alter table product add primary key (id, tenant_id);
alter table product_unit add primary key (product_id, code, tenant_id);
alter table warehouse add primary key (id, tenant_id);
alter table stock_level add primary key (product_id, warehouse, tenant_id);
alter table product_attribute add primary key (product_id, name, tenant_id);
alter table promotion_pilot_account add primary key (promotion_id, buyer_account_id, tenant_id);
alter table product_category add primary key (id, tenant_id);
alter table product_image add primary key (id, tenant_id);
alter table promotion add primary key (id, tenant_id);
alter table price_list add primary key (id, tenant_id);
alter table price_list_entry add primary key (price_list_id, sku, min_quantity, tenant_id);
alter table discount_rule add primary key (id, tenant_id);
alter table cart add primary key (id, tenant_id);
alter table trade_terms add primary key (id, tenant_id);
alter table purchase_order add primary key (id, tenant_id);
alter table assortment add primary key (id, tenant_id);
alter table assortment_group add primary key (assortment_id, product_group, tenant_id);
alter table cart_line add primary key (cart_id, sku, tenant_id);
alter table assortment_sku add primary key (assortment_id, sku, tenant_id);
alter table order_rule add primary key (id, tenant_id);
alter table purchase_order_line add primary key (order_id, position, tenant_id);
alter table purchase_order_event add primary key (order_id, position, tenant_id);
alter table delivery add primary key (id, tenant_id);
alter table delivery_line add primary key (delivery_id, order_id, order_line, tenant_id);
alter table purchaser_spend add primary key (user_id, month, buyer_company_id);
alter table webhook_subscription add primary key (id, tenant_id);
alter table purchase_order_approval add primary key (order_id, level, tenant_id);
alter table webhook_delivery add primary key (id, tenant_id);
alter table webhook_delivery add constraint webhook_delivery_subscription_id_event_id_key unique (subscription_id, event_id, tenant_id);
alter table cart_offer add primary key (cart_id, tenant_id);
alter table card_payment add primary key (id, tenant_id);
alter table card_payment add constraint card_payment_order_id_key unique (order_id, tenant_id);
alter table card_payment add constraint card_payment_intent_id_key unique (intent_id, tenant_id);
alter table supplier_payment_account add primary key (id, tenant_id);
alter table abandonment_rule add primary key (id, tenant_id);
alter table recovery_alert add primary key (id, tenant_id);
alter table recovery_alert add constraint recovery_alert_rule_id_cart_id_episode_key unique (rule_id, cart_id, episode, tenant_id);
alter table cart_item add primary key (cart_id, sku, tenant_id);
alter table cart_watch add primary key (cart_id, tenant_id);
alter table recovery_contact add primary key (id, tenant_id);
alter table cart_round add primary key (id, tenant_id);
create unique index cart_round_open on cart_round (cart_id, tenant_id) where (ended_at is null);
alter table cart_event add primary key (id, tenant_id);
alter table rfq add primary key (id, buyer_company_id);
alter table rfq add constraint rfq_number_key unique (number, buyer_company_id);
alter table rfq_line add primary key (rfq_id, position, buyer_company_id);
alter table rfq_line add constraint rfq_line_line_id_key unique (line_id, buyer_company_id);
alter table rfq_supplier add primary key (rfq_id, supplier_id, buyer_company_id);
alter table quote_invitation add primary key (id, tenant_id);
alter table quote_invitation_line add primary key (invitation_id, position, tenant_id);
alter table quote_revision add primary key (id, tenant_id);
alter table quote_revision add constraint quote_revision_invitation_id_revision_key unique (invitation_id, revision, tenant_id);
alter table quote_revision_line add primary key (revision_id, line_id, tenant_id);
alter table rfq_award add primary key (rfq_id, line_id, supplier_id, buyer_company_id);
alter table quote_message add primary key (id, tenant_id);
alter table rfq_attachment add primary key (id, buyer_company_id);
alter table own_domain add primary key (id, tenant_id);
alter table search_synonym_group add primary key (id, tenant_id);
alter table icms_st_rule add primary key (id, tenant_id);
alter table search_miss add primary key (id, tenant_id);

-- The foreign keys, now within one owner.
alter table stock_level add constraint stock_level_product_id_fkey foreign key (product_id, tenant_id) references product (id, tenant_id) on delete cascade;
alter table product_unit add constraint product_unit_product_id_fkey foreign key (product_id, tenant_id) references product (id, tenant_id) on delete cascade;
alter table product_attribute add constraint product_attribute_product_id_fkey foreign key (product_id, tenant_id) references product (id, tenant_id) on delete cascade;
alter table product_image add constraint product_image_product_id_fkey foreign key (product_id, tenant_id) references product (id, tenant_id) on delete cascade;
alter table price_list add constraint price_list_buyer_account_id_fkey foreign key (buyer_account_id, tenant_id) references buyer_account (id, tenant_id);
alter table price_list_entry add constraint price_list_entry_price_list_id_fkey foreign key (price_list_id, tenant_id) references price_list (id, tenant_id) on delete cascade;
alter table discount_rule add constraint discount_rule_buyer_account_id_fkey foreign key (buyer_account_id, tenant_id) references buyer_account (id, tenant_id);
alter table promotion_pilot_account add constraint promotion_pilot_account_promotion_id_fkey foreign key (promotion_id, tenant_id) references promotion (id, tenant_id) on delete cascade;
alter table promotion_pilot_account add constraint promotion_pilot_account_buyer_account_id_fkey foreign key (buyer_account_id, tenant_id) references buyer_account (id, tenant_id);
alter table trade_terms add constraint trade_terms_buyer_account_id_fkey foreign key (buyer_account_id, tenant_id) references buyer_account (id, tenant_id);
alter table assortment add constraint assortment_buyer_account_id_fkey foreign key (buyer_account_id, tenant_id) references buyer_account (id, tenant_id);
alter table assortment_group add constraint assortment_group_assortment_id_fkey foreign key (assortment_id, tenant_id) references assortment (id, tenant_id) on delete cascade;
alter table assortment_sku add constraint assortment_sku_assortment_id_fkey foreign key (assortment_id, tenant_id) references assortment (id, tenant_id) on delete cascade;
alter table purchase_order_approval add constraint purchase_order_approval_order_id_fkey foreign key (order_id, tenant_id) references purchase_order (id, tenant_id) on delete cascade;
alter table order_rule add constraint order_rule_buyer_account_id_fkey foreign key (buyer_account_id, tenant_id) references buyer_account (id, tenant_id);
alter table cart add constraint cart_buyer_account_id_fkey foreign key (buyer_account_id, tenant_id) references buyer_account (id, tenant_id);
alter table cart_line add constraint cart_line_cart_id_fkey foreign key (cart_id, tenant_id) references cart (id, tenant_id) on delete cascade;
alter table purchase_order add constraint purchase_order_buyer_account_id_fkey foreign key (buyer_account_id, tenant_id) references buyer_account (id, tenant_id);
alter table purchase_order_line add constraint purchase_order_line_order_id_fkey foreign key (order_id, tenant_id) references purchase_order (id, tenant_id) on delete cascade;
alter table purchase_order_event add constraint purchase_order_event_order_id_fkey foreign key (order_id, tenant_id) references purchase_order (id, tenant_id) on delete cascade;
alter table delivery add constraint delivery_buyer_account_id_fkey foreign key (buyer_account_id, tenant_id) references buyer_account (id, tenant_id);
alter table delivery_line add constraint delivery_line_delivery_id_fkey foreign key (delivery_id, tenant_id) references delivery (id, tenant_id) on delete cascade;
alter table delivery_line add constraint delivery_line_order_id_fkey foreign key (order_id, tenant_id) references purchase_order (id, tenant_id);
alter table cart add constraint cart_awaiting_order_fkey foreign key (awaiting_order, tenant_id) references purchase_order (id, tenant_id);
alter table webhook_delivery add constraint webhook_delivery_subscription_id_fkey foreign key (subscription_id, tenant_id) references webhook_subscription (id, tenant_id) on delete cascade;
alter table cart_offer add constraint cart_offer_cart_id_fkey foreign key (cart_id, tenant_id) references cart (id, tenant_id) on delete cascade;
alter table saved_list add constraint saved_list_buyer_account_id_fkey foreign key (buyer_account_id, tenant_id) references buyer_account (id, tenant_id);
alter table card_payment add constraint card_payment_order_id_fkey foreign key (order_id, tenant_id) references purchase_order (id, tenant_id);
alter table cart_watch add constraint cart_watch_buyer_account_id_fkey foreign key (buyer_account_id, tenant_id) references buyer_account (id, tenant_id);
alter table quote_invitation add constraint quote_invitation_buyer_account_id_fkey foreign key (buyer_account_id, tenant_id) references buyer_account (id, tenant_id);
alter table quote_invitation_line add constraint quote_invitation_line_invitation_id_fkey foreign key (invitation_id, tenant_id) references quote_invitation (id, tenant_id) on delete cascade;
alter table recovery_contact add constraint recovery_contact_alert_id_fkey foreign key (alert_id, tenant_id) references recovery_alert (id, tenant_id) on delete cascade;
alter table cart_round add constraint cart_round_buyer_account_id_fkey foreign key (buyer_account_id, tenant_id) references buyer_account (id, tenant_id);
alter table rfq_line add constraint rfq_line_rfq_id_fkey foreign key (rfq_id, buyer_company_id) references rfq (id, buyer_company_id) on delete cascade;
alter table rfq_supplier add constraint rfq_supplier_rfq_id_fkey foreign key (rfq_id, buyer_company_id) references rfq (id, buyer_company_id) on delete cascade;
alter table quote_revision add constraint quote_revision_invitation_id_fkey foreign key (invitation_id, tenant_id) references quote_invitation (id, tenant_id);
alter table quote_revision_line add constraint quote_revision_line_revision_id_fkey foreign key (revision_id, tenant_id) references quote_revision (id, tenant_id) on delete cascade;
alter table rfq_award add constraint rfq_award_rfq_id_fkey foreign key (rfq_id, buyer_company_id) references rfq (id, buyer_company_id) on delete cascade;
alter table quote_message add constraint quote_message_invitation_id_fkey foreign key (invitation_id, tenant_id) references quote_invitation (id, tenant_id);
alter table rfq_attachment add constraint rfq_attachment_rfq_id_fkey foreign key (rfq_id, buyer_company_id) references rfq (id, buyer_company_id) on delete cascade;

--changeset feira:distribution-keys-2
-- A product's element rows (stock levels, units, attributes) reach their tenant through their key to the product,
-- which carries the tenant: their own key to the tenant checked nothing more, and cost a look-up per row written
-- (a 100,000-product import writes 500,000 of them).
alter table stock_level drop constraint stock_level_tenant_id_fkey;
alter table product_unit drop constraint product_unit_tenant_id_fkey;
alter table product_attribute drop constraint product_attribute_tenant_id_fkey;
