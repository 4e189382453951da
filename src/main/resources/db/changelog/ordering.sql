--liquibase formatted sql

--changeset feira:ordering-1-carts
-- One open cart per buyer account (a buyer company at one supplier), shared by the company's people.
create table cart (
    id               uuid primary key,
    tenant_id        uuid not null references tenant (id),
    buyer_account_id uuid not null references buyer_account (id),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint not null default 0,
    unique (tenant_id, buyer_account_id)
);
select enable_tenant_isolation('cart');

-- Lines are written with their cart (a JPA element collection): tenant_id defaults to the
-- transaction's tenant, and row-level security checks it. The unit price at adding is kept to
-- show the buyer what changed since.
create table cart_line (
    cart_id          uuid not null references cart (id) on delete cascade,
    tenant_id        uuid not null default nullif(current_setting('feira.tenant_id', true), '')::uuid references tenant (id),
    sku              varchar(64) not null,
    quantity         int not null check (quantity > 0),
    price_when_added numeric(19, 4),
    added_at         timestamp with time zone not null,
    primary key (cart_id, sku)
);
select enable_tenant_isolation('cart_line');

--changeset feira:ordering-2-orders
-- An order placed from a cart: its lines keep the prices the buyer accepted. The checkout key makes
-- placing idempotent (a double click, a retried request place one order).
create table purchase_order (
    id               uuid primary key,
    tenant_id        uuid not null references tenant (id),
    number           varchar(32) not null,
    buyer_account_id uuid not null references buyer_account (id),
    checkout_key     varchar(64) not null,
    status           varchar(24) not null,
    currency         varchar(3) not null,
    total            numeric(19, 4) not null check (total >= 0),
    payment_terms    varchar(200),
    freight          varchar(3) not null,
    lead_time_days   int not null,
    placed_at        timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    status_reason    varchar(500),
    version          bigint not null default 0,
    unique (tenant_id, number),
    unique (tenant_id, checkout_key)
);
create index purchase_order_by_status on purchase_order (tenant_id, status, placed_at desc);
select enable_tenant_isolation('purchase_order');

create table purchase_order_line (
    order_id   uuid not null references purchase_order (id) on delete cascade,
    tenant_id  uuid not null default nullif(current_setting('feira.tenant_id', true), '')::uuid references tenant (id),
    position   int not null,
    sku        varchar(64) not null,
    name       varchar(300) not null,
    unit       varchar(16) not null,
    quantity   int not null check (quantity > 0),
    unit_price numeric(19, 4) not null check (unit_price >= 0),
    total      numeric(19, 4) not null check (total >= 0),
    primary key (order_id, position)
);
select enable_tenant_isolation('purchase_order_line');

-- Order numbers per supplier, handed out by one atomic update each.
create table order_counter (
    tenant_id uuid primary key references tenant (id),
    last      bigint not null
);
select enable_tenant_isolation('order_counter');

--changeset feira:ordering-3-fulfilment
-- A line the supplier declined when confirming keeps its reason; the order's total counts the rest.
alter table purchase_order_line add column rejection varchar(500);
alter table purchase_order
    add column invoice_number    varchar(32),
    add column invoiced_at       timestamp with time zone,
    add column paid_at           timestamp with time zone,
    add column payment_reference varchar(200);
create unique index purchase_order_invoice_number on purchase_order (tenant_id, invoice_number);

-- The order's story as buyer and supplier read it: each status it took, when, and why.
create table purchase_order_event (
    order_id  uuid not null references purchase_order (id) on delete cascade,
    tenant_id uuid not null default nullif(current_setting('feira.tenant_id', true), '')::uuid references tenant (id),
    position  int not null,
    at        timestamp with time zone not null,
    status    varchar(24) not null,
    note      varchar(500),
    primary key (order_id, position)
);
select enable_tenant_isolation('purchase_order_event');

-- Orders, deliveries and invoices are numbered per supplier, each kind on its own.
alter table order_counter rename to document_counter;
alter table document_counter add column kind varchar(16) not null default 'ORDER';
alter table document_counter drop constraint order_counter_pkey;
alter table document_counter add primary key (tenant_id, kind);

-- What leaves the warehouse together: part of one order (a split) or the open lines of several
-- orders of one buyer (combined). Shipping it with a tracking number moves its orders on.
create table delivery (
    id               uuid primary key,
    tenant_id        uuid not null references tenant (id),
    number           varchar(32) not null,
    buyer_account_id uuid not null references buyer_account (id),
    status           varchar(16) not null check (status in ('PLANNED', 'SHIPPED', 'DELIVERED')),
    carrier          varchar(100),
    tracking_number  varchar(100),
    planned_at       timestamp with time zone not null,
    shipped_at       timestamp with time zone,
    delivered_at     timestamp with time zone,
    version          bigint not null default 0,
    unique (tenant_id, number)
);
select enable_tenant_isolation('delivery');

create table delivery_line (
    delivery_id uuid not null references delivery (id) on delete cascade,
    tenant_id   uuid not null default nullif(current_setting('feira.tenant_id', true), '')::uuid references tenant (id),
    order_id    uuid not null references purchase_order (id),
    order_no    varchar(32) not null,
    order_line  int not null,
    sku         varchar(64) not null,
    quantity    int not null check (quantity > 0),
    primary key (delivery_id, order_id, order_line)
);
create index delivery_line_by_order on delivery_line (order_id);
select enable_tenant_isolation('delivery_line');

--changeset feira:ordering-4-payment-method
-- How the buyer pays this order (chosen at checkout among what its terms offer) and the last card
-- failure, which the buyer sees until a payment succeeds.
alter table purchase_order
    add column payment_method  varchar(8) not null default 'INVOICE' check (payment_method in ('INVOICE', 'CARD')),
    add column payment_failure varchar(500);

--changeset feira:ordering-5-payment-events
-- The order's story also tells of payments (received, failed), which do not change its status.
alter table purchase_order_event add column kind varchar(16) not null default 'STATUS'
    check (kind in ('STATUS', 'PAYMENT_RECEIVED', 'PAYMENT_FAILED'));

--changeset feira:ordering-6-approvals
-- A buyer company's purchasing policy. The company buys at many suppliers, so its policy is the
-- platform's, keyed by company: each purchaser's limits (none: no limit) ...
create table spending_limit (
    buyer_company_id uuid not null references buyer_company (id),
    user_id          uuid not null references user_account (id) on delete cascade,
    per_order        numeric(19, 4) check (per_order >= 0),
    per_month        numeric(19, 4) check (per_month >= 0),
    primary key (buyer_company_id, user_id)
);

-- ... the approval levels: an order over its purchaser's limit needs an approval at every level whose
-- amount it reaches, lowest first (no levels: one, by an approver) ...
create table approval_level (
    buyer_company_id uuid not null references buyer_company (id),
    position         int not null,
    from_amount      numeric(19, 4) not null check (from_amount >= 0),
    approver_role    varchar(32) not null check (approver_role in ('APPROVER', 'BUYER_ADMIN')),
    primary key (buyer_company_id, position)
);

-- ... and what each purchaser has spent per month, across suppliers, for the monthly limit.
create table purchaser_spend (
    user_id uuid not null references user_account (id) on delete cascade,
    month   date not null,
    amount  numeric(19, 4) not null,
    primary key (user_id, month)
);

-- Who placed the order (a person; empty for an integration client), how many approval levels it
-- needs and whether it counts in its purchaser's monthly spend.
alter table purchase_order
    add column placed_by        uuid references user_account (id),
    add column placed_by_name   varchar(200),
    add column approval_levels  int not null default 0,
    add column counted_in_spend boolean not null default false;

-- The decisions on an order awaiting approval, one per level.
create table purchase_order_approval (
    order_id     uuid not null references purchase_order (id) on delete cascade,
    tenant_id    uuid not null default nullif(current_setting('feira.tenant_id', true), '')::uuid references tenant (id),
    level        int not null,
    decided_by   uuid not null references user_account (id),
    decider_name varchar(200) not null,
    approved     boolean not null,
    comment      varchar(500),
    at           timestamp with time zone not null,
    primary key (order_id, level)
);
select enable_tenant_isolation('purchase_order_approval');

-- While its order awaits approval the cart is locked: nobody changes what the approver is asked about.
alter table cart add column awaiting_order uuid references purchase_order (id);

--changeset feira:ordering-7-webhooks
-- A supplier's systems subscribe to order events at a URL; each delivery is signed with the
-- subscription's own secret.
create table webhook_subscription (
    id         uuid primary key,
    tenant_id  uuid not null references tenant (id),
    url        varchar(2000) not null,
    secret     varchar(100) not null,
    events     text[] not null,
    created_at timestamp with time zone not null
);
select enable_tenant_isolation('webhook_subscription');

-- One event to one subscription: tried until the receiver answers 2xx, with growing pauses, then given up.
create table webhook_delivery (
    id              uuid primary key,
    tenant_id       uuid not null references tenant (id),
    subscription_id uuid not null references webhook_subscription (id) on delete cascade,
    event_id        uuid not null,
    event_type      varchar(64) not null,
    payload         text not null,
    attempts        int not null default 0,
    next_attempt_at timestamp with time zone,
    delivered_at    timestamp with time zone,
    last_error      varchar(500),
    created_at      timestamp with time zone not null,
    unique (subscription_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where delivered_at is null and next_attempt_at is not null;
select enable_tenant_isolation('webhook_delivery');

--changeset feira:ordering-8-order-numbers splitStatements:false
-- An order number in one statement of its own (autocommit): the supplier's counter row is locked for
-- the statement only, not across round trips to the application, so busy checkouts do not queue on it.
-- It runs as the caller (row-level security applies) and names the tenant for that statement alone.
create function next_document_number(p_tenant uuid, p_kind varchar) returns bigint
language plpgsql as $$
declare
    drawn bigint;
begin
    perform set_config('feira.tenant_id', p_tenant::text, true);
    insert into document_counter (tenant_id, kind, last) values (p_tenant, p_kind, 1)
    on conflict (tenant_id, kind) do update set last = document_counter.last + 1
    returning last into drawn;
    return drawn;
end
$$;

--changeset feira:ordering-9-cart-offers
-- A discount the supplier offers on one open cart (a recovery rule's progressive discount): it grows
-- per day since growing_since up to the cap, ends at expires_at or when the cart is ordered or emptied.
create table cart_offer (
    cart_id         uuid primary key references cart (id) on delete cascade,
    tenant_id       uuid not null references tenant (id),
    percent_per_day numeric(5, 2) not null check (percent_per_day > 0),
    cap_percent     numeric(5, 2) not null check (cap_percent > 0 and cap_percent <= 50),
    growing_since   timestamp with time zone not null,
    expires_at      timestamp with time zone not null check (expires_at > growing_since),
    offered_at      timestamp with time zone not null,
    reference       varchar(200)
);
select enable_tenant_isolation('cart_offer');

-- The offer an order was placed with (its lines' prices have it taken off already).
alter table purchase_order add column offer_percent numeric(5, 2) check (offer_percent > 0 and offer_percent <= 50);

--changeset feira:ordering-10-buyer-company-isolation
-- A buyer company's purchasing rules and spend, guarded twice like a tenant's data: the service names the
-- company in every query, and row-level security on the company key (the transaction's feira.buyer_company_id,
-- written by PurchasingRules before it reads or writes) keeps every other company's rows out of reach.
alter table purchaser_spend add column buyer_company_id uuid references buyer_company (id);
update purchaser_spend s set buyer_company_id = u.buyer_company_id from user_account u where u.id = s.user_id;
delete from purchaser_spend where buyer_company_id is null;
alter table purchaser_spend alter column buyer_company_id set not null;
alter table spending_limit enable row level security;
alter table spending_limit force row level security;
create policy company_isolation on spending_limit
    using (buyer_company_id = nullif(current_setting('feira.buyer_company_id', true), '')::uuid)
    with check (buyer_company_id = nullif(current_setting('feira.buyer_company_id', true), '')::uuid);
alter table approval_level enable row level security;
alter table approval_level force row level security;
create policy company_isolation on approval_level
    using (buyer_company_id = nullif(current_setting('feira.buyer_company_id', true), '')::uuid)
    with check (buyer_company_id = nullif(current_setting('feira.buyer_company_id', true), '')::uuid);
alter table purchaser_spend enable row level security;
alter table purchaser_spend force row level security;
create policy company_isolation on purchaser_spend
    using (buyer_company_id = nullif(current_setting('feira.buyer_company_id', true), '')::uuid)
    with check (buyer_company_id = nullif(current_setting('feira.buyer_company_id', true), '')::uuid);

--changeset feira:ordering-11-quoted-orders
-- An order placed from a supplier's quote (an RFQ's award) names where it came from.
alter table purchase_order add column source_reference varchar(32);

--changeset feira:ordering-12-sale-units-and-purchase-details
-- A line keeps the unit the buyer chose ("1 FD" stays "1 FD (10 CX)", not "10"); quantities stay in the base unit.
alter table cart_line add column unit varchar(16);
alter table purchase_order_line add column sale_unit varchar(16);
alter table purchase_order_line add column per_sale_unit int check (per_sale_unit > 1);
-- What a B2B buyer puts on its order: its own PO number, where to deliver (a copy of the address as it was, with
-- the branch's CNPJ and state, which the taxes depend on), when it wants the goods and a note to the supplier.
alter table purchase_order add column buyer_po_number varchar(40);
alter table purchase_order add column requested_delivery date;
alter table purchase_order add column note_to_supplier varchar(1000);
alter table purchase_order add column ship_to_label varchar(120);
alter table purchase_order add column ship_to_tax_id varchar(20);
alter table purchase_order add column ship_to_address varchar(500);
alter table purchase_order add column ship_to_state varchar(2);

--changeset feira:ordering-13-taxes
-- Each line's taxes as computed when the order was placed (rates change; an order keeps what it was placed with).
alter table purchase_order_line add column ncm varchar(8);
alter table purchase_order_line add column ipi_rate numeric(5, 2);
alter table purchase_order_line add column ipi_amount numeric(19, 2);
alter table purchase_order_line add column icms_rate numeric(5, 2);
alter table purchase_order_line add column icms_amount numeric(19, 2);
alter table purchase_order_line add column icms_st_amount numeric(19, 2);
alter table purchase_order add column tax_origin_state varchar(2);
alter table purchase_order add column tax_destination_state varchar(2);

--changeset feira:ordering-14-saved-lists
-- A buyer company's saved lists at one supplier (its account there): named, kept by the person who made them,
-- shared with colleagues when they say so. Keys carry tenant_id, as a table distributed by tenant needs.
create table saved_list (
    id               uuid not null,
    tenant_id        uuid not null references tenant (id),
    buyer_account_id uuid not null references buyer_account (id),
    name             varchar(80) not null,
    owner_id         uuid,
    owner_name       varchar(200) not null,
    shared           boolean not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint not null default 0,
    primary key (tenant_id, id)
);
create unique index saved_list_name on saved_list (tenant_id, buyer_account_id, lower(name));
select enable_tenant_isolation('saved_list');

-- Quantities as the buyer chose them: "2 FD" stays two bundles, whatever a bundle holds when the list is ordered.
create table saved_list_line (
    tenant_id        uuid not null default nullif(current_setting('feira.tenant_id', true), '')::uuid references tenant (id),
    list_id          uuid not null,
    sku              varchar(64) not null,
    quantity         int not null check (quantity > 0),
    unit             varchar(16),
    added_at         timestamp with time zone not null,
    primary key (tenant_id, list_id, sku),
    foreign key (tenant_id, list_id) references saved_list (tenant_id, id) on delete cascade
);
select enable_tenant_isolation('saved_list_line');

--changeset feira:ordering-15-line-confirmation
-- The supplier may confirm less than a line asked for (the buyer's quantity is kept, with why) and promise a date.
alter table purchase_order_line add column ordered_quantity integer;
alter table purchase_order_line add column change_reason varchar(500);
alter table purchase_order_line add column promised_for date;
