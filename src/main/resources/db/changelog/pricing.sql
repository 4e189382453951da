--liquibase formatted sql

--changeset feira:pricing-1-conditions
-- A supplier's commercial conditions. A price list is general, for one customer category, or for
-- one buyer account (individual prices); its entries are volume tiers: from min_quantity units on,
-- unit_price. Discounts and promotions target an account, a category or everyone, optionally a
-- product group (a node of the category tree). All tenant-owned.
create table price_list (
    id                uuid primary key,
    tenant_id         uuid not null references tenant (id),
    code              varchar(63) not null,
    name              varchar(200) not null,
    currency          varchar(3) not null,
    customer_category varchar(63),
    buyer_account_id  uuid references buyer_account (id),
    priority          int not null default 0,
    valid_from        date,
    valid_until       date,
    unique (tenant_id, code),
    constraint price_list_one_audience check (customer_category is null or buyer_account_id is null),
    constraint price_list_validity check (valid_until is null or valid_from is null or valid_until >= valid_from)
);
select enable_tenant_isolation('price_list');

create table price_list_entry (
    price_list_id uuid not null references price_list (id) on delete cascade,
    tenant_id     uuid not null references tenant (id),
    sku           varchar(64) not null,
    min_quantity  int not null check (min_quantity >= 1),
    unit_price    numeric(19, 4) not null check (unit_price >= 0),
    primary key (price_list_id, sku, min_quantity)
);
select enable_tenant_isolation('price_list_entry');

create table discount_rule (
    id                uuid primary key,
    tenant_id         uuid not null references tenant (id),
    code              varchar(63) not null,
    name              varchar(200) not null,
    customer_category varchar(63),
    buyer_account_id  uuid references buyer_account (id),
    product_group     varchar(200),
    percent           numeric(5, 2) not null check (percent > 0 and percent < 100),
    valid_from        date,
    valid_until       date,
    unique (tenant_id, code),
    constraint discount_one_audience check (customer_category is null or buyer_account_id is null),
    constraint discount_validity check (valid_until is null or valid_from is null or valid_until >= valid_from)
);
select enable_tenant_isolation('discount_rule');

create table promotion (
    id                uuid primary key,
    tenant_id         uuid not null references tenant (id),
    code              varchar(63) not null,
    name              varchar(200) not null,
    kind              varchar(16) not null check (kind in ('PERCENT', 'FIXED_PRICE', 'BONUS')),
    sku               varchar(64),
    product_group     varchar(200),
    percent           numeric(5, 2) check (percent > 0 and percent < 100),
    fixed_price       numeric(19, 4) check (fixed_price >= 0),
    min_quantity      int not null default 1 check (min_quantity >= 1),
    bonus_buy         int check (bonus_buy >= 1),
    bonus_free        int check (bonus_free >= 1),
    customer_category varchar(63),
    valid_from        date not null,
    valid_until       date not null,
    unique (tenant_id, code),
    constraint promotion_one_target check ((sku is null) <> (product_group is null)),
    constraint promotion_validity check (valid_until >= valid_from),
    constraint promotion_kind_values check (
        (kind = 'PERCENT' and percent is not null) or
        (kind = 'FIXED_PRICE' and fixed_price is not null) or
        (kind = 'BONUS' and bonus_buy is not null and bonus_free is not null))
);
select enable_tenant_isolation('promotion');

-- A promotion rolled out to a pilot group first: only these accounts get it. Rows are written as
-- part of their promotion (a JPA element collection), so tenant_id defaults to the transaction's
-- tenant; row-level security still checks it.
create table promotion_pilot_account (
    promotion_id     uuid not null references promotion (id) on delete cascade,
    tenant_id        uuid not null default nullif(current_setting('feira.tenant_id', true), '')::uuid references tenant (id),
    buyer_account_id uuid not null references buyer_account (id),
    primary key (promotion_id, buyer_account_id)
);
select enable_tenant_isolation('promotion_pilot_account');

-- Payment and delivery terms: the supplier's default (no account) and per buyer account.
create table trade_terms (
    id                uuid primary key,
    tenant_id         uuid not null references tenant (id),
    buyer_account_id  uuid references buyer_account (id),
    payment_terms     varchar(200) not null,
    freight           varchar(3) not null check (freight in ('CIF', 'FOB')),
    lead_time_days    int not null check (lead_time_days >= 0),
    free_freight_from numeric(19, 4) check (free_freight_from >= 0)
);
create unique index trade_terms_one_per_account on trade_terms (tenant_id, coalesce(buyer_account_id, '00000000-0000-0000-0000-000000000000'));
select enable_tenant_isolation('trade_terms');

--changeset feira:pricing-2-assortments
-- What a buyer may see of the catalog: product groups (nodes of the category tree) and single
-- SKUs. An account's own assortment wins over its category's; without either, the whole catalog.
create table assortment (
    id                uuid primary key,
    tenant_id         uuid not null references tenant (id),
    code              varchar(63) not null,
    name              varchar(200) not null,
    customer_category varchar(63),
    buyer_account_id  uuid references buyer_account (id),
    unique (tenant_id, code),
    constraint assortment_one_audience check ((customer_category is null) <> (buyer_account_id is null))
);
select enable_tenant_isolation('assortment');

-- Element rows are written with their assortment (JPA element collections): tenant_id defaults to
-- the transaction's tenant, and row-level security checks it.
create table assortment_group (
    assortment_id uuid not null references assortment (id) on delete cascade,
    tenant_id     uuid not null default nullif(current_setting('feira.tenant_id', true), '')::uuid references tenant (id),
    product_group varchar(200) not null,
    primary key (assortment_id, product_group)
);
select enable_tenant_isolation('assortment_group');

create table assortment_sku (
    assortment_id uuid not null references assortment (id) on delete cascade,
    tenant_id     uuid not null default nullif(current_setting('feira.tenant_id', true), '')::uuid references tenant (id),
    sku           varchar(64) not null,
    primary key (assortment_id, sku)
);
select enable_tenant_isolation('assortment_sku');

--changeset feira:pricing-3-order-rules
-- Per-buyer lots: a buyer account or customer category buys a SKU or a product group with its own
-- minimum lot and/or multiple instead of the product's.
create table order_rule (
    id                uuid primary key,
    tenant_id         uuid not null references tenant (id),
    code              varchar(63) not null,
    customer_category varchar(63),
    buyer_account_id  uuid references buyer_account (id),
    sku               varchar(64),
    product_group     varchar(200),
    min_lot           int check (min_lot >= 1),
    order_multiple    int check (order_multiple >= 1),
    unique (tenant_id, code),
    constraint order_rule_one_audience check ((customer_category is null) <> (buyer_account_id is null)),
    constraint order_rule_one_target check ((sku is null) <> (product_group is null)),
    constraint order_rule_sets_something check (min_lot is not null or order_multiple is not null)
);
select enable_tenant_isolation('order_rule');
