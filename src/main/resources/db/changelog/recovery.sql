--liquibase formatted sql

--changeset feira:recovery-1-rules-watches-alerts
-- A supplier's abandonment rules. Conditions left empty do not constrain; all that are set must hold.
-- The actions say what happens when the rule fires on a cart (once per cart episode).
create table abandonment_rule (
    id                     uuid primary key,
    tenant_id              uuid not null references tenant (id),
    name                   varchar(120) not null,
    enabled                boolean not null default true,
    -- conditions
    idle_hours             int check (idle_hours > 0),
    unchanged_days         int check (unchanged_days > 0),
    min_value              numeric(14, 2) check (min_value >= 0),
    max_value              numeric(14, 2) check (max_value >= 0),
    currency               varchar(3) not null,
    customer_category      varchar(80),
    pilot_accounts         text[],
    no_sign_in_days        int check (no_sign_in_days > 0),
    checkout_abandoned     boolean not null default false,
    awaiting_approval_days int check (awaiting_approval_days > 0),
    -- actions
    actions                text[] not null check (cardinality(actions) > 0),
    call_due_hours         int check (call_due_hours > 0),
    response_sla_hours     int check (response_sla_hours > 0),
    escalate_after_hours   int check (escalate_after_hours > 0),
    discount_percent_per_day numeric(5, 2) check (discount_percent_per_day > 0),
    discount_cap_percent   numeric(5, 2) check (discount_cap_percent > 0 and discount_cap_percent <= 50),
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    version                bigint not null default 0,
    unique (tenant_id, name),
    check (min_value is null or max_value is null or min_value <= max_value)
);
select enable_tenant_isolation('abandonment_rule');

-- What the recovery module knows of each cart: its current episode (a cart that changes after an
-- alert, or fills again after an order, starts a new one), its value, the buyer's last sign-in,
-- and when a rule can next fire on it. The sweep reads only what is due, through the partial index.
create table cart_watch (
    cart_id            uuid primary key,
    tenant_id          uuid not null references tenant (id),
    buyer_account_id   uuid not null references buyer_account (id),
    account_number     varchar(64) not null,
    buyer_name         varchar(200) not null,
    customer_category  varchar(80),
    sales_rep_id       uuid references user_account (id),
    episode            int not null,
    state              varchar(24) not null check (state in ('OPEN', 'CHECKOUT_STARTED', 'AWAITING_APPROVAL', 'ORDERED', 'EMPTIED')),
    state_since        timestamp with time zone not null,
    started_at         timestamp with time zone not null,
    last_activity_at   timestamp with time zone not null,
    last_change_at     timestamp with time zone not null,
    last_sign_in_at    timestamp with time zone,
    value              numeric(14, 2) not null,
    currency           varchar(3) not null,
    lines              int not null,
    next_due_at        timestamp with time zone
);
create index cart_watch_due on cart_watch (next_due_at) where next_due_at is not null;
create index cart_watch_by_account on cart_watch (buyer_account_id);
select enable_tenant_isolation('cart_watch');

-- A rule fired on a cart episode: at most once (the unique key), followed up by the account's rep.
create table recovery_alert (
    id                 uuid primary key,
    tenant_id          uuid not null references tenant (id),
    rule_id            uuid not null references abandonment_rule (id) on delete cascade,
    rule_name          varchar(120) not null,
    cart_id            uuid not null,
    episode            int not null,
    buyer_account_id   uuid not null references buyer_account (id),
    account_number     varchar(64) not null,
    buyer_name         varchar(200) not null,
    customer_category  varchar(80),
    sales_rep_id       uuid references user_account (id),
    value              numeric(14, 2) not null,
    currency           varchar(3) not null,
    lines              int not null,
    idle_since         timestamp with time zone not null,
    raised_at          timestamp with time zone not null,
    actions            text[] not null,
    call_due_at        timestamp with time zone,
    respond_by         timestamp with time zone,
    escalate_at        timestamp with time zone,
    escalated_at       timestamp with time zone,
    acknowledged_at    timestamp with time zone,
    first_contact_at   timestamp with time zone,
    remind_at          timestamp with time zone,
    status             varchar(16) not null check (status in ('OPEN', 'ACKNOWLEDGED', 'RECOVERED', 'LOST', 'CLOSED')),
    outcome_note       varchar(500),
    closed_at          timestamp with time zone,
    recovered_order_id uuid,
    recovered_order    varchar(32),
    recovered_value    numeric(14, 2),
    version            bigint not null default 0,
    unique (rule_id, cart_id, episode)
);
create index recovery_alert_by_rep on recovery_alert (tenant_id, sales_rep_id, raised_at desc);
create index recovery_alert_open_by_cart on recovery_alert (cart_id) where status in ('OPEN', 'ACKNOWLEDGED');
create index recovery_alert_escalation_due on recovery_alert (escalate_at) where escalate_at is not null and escalated_at is null;
select enable_tenant_isolation('recovery_alert');

-- The follow-up: each contact the team made about an alert's cart, with notes.
create table recovery_contact (
    id          uuid primary key,
    tenant_id   uuid not null references tenant (id),
    alert_id    uuid not null references recovery_alert (id) on delete cascade,
    channel     varchar(16) not null check (channel in ('CALL', 'EMAIL', 'WHATSAPP', 'VISIT')),
    note        varchar(2000),
    made_by     uuid references user_account (id),
    made_by_name varchar(200),
    made_at     timestamp with time zone not null
);
create index recovery_contact_by_alert on recovery_contact (alert_id, made_at);
select enable_tenant_isolation('recovery_contact');

--changeset feira:recovery-2-rounds-and-items
-- A cart's rounds of shopping, from the first line to its order or emptying: what conversion,
-- time to conversion and average cart value are measured on. Written by the recovery module's
-- listeners; the category and rep are the account's when the round started.
create table cart_round (
    id                uuid primary key,
    tenant_id         uuid not null references tenant (id),
    cart_id           uuid not null,
    buyer_account_id  uuid not null references buyer_account (id),
    buyer_name        varchar(200) not null,
    customer_category varchar(80),
    sales_rep_id      uuid references user_account (id),
    started_at        timestamp with time zone not null,
    ended_at          timestamp with time zone,
    outcome           varchar(16) check (outcome in ('ORDERED', 'EMPTIED')),
    value             numeric(14, 2) not null,
    currency          varchar(3) not null
);
create unique index cart_round_open on cart_round (cart_id) where ended_at is null;
create index cart_round_started on cart_round (tenant_id, started_at);
create index cart_round_ended on cart_round (tenant_id, ended_at) where ended_at is not null;
select enable_tenant_isolation('cart_round');

-- The products in each open cart, to see which items stall in many carts (price? stock? spec?).
create table cart_item (
    cart_id   uuid not null,
    sku       varchar(64) not null,
    tenant_id uuid not null references tenant (id),
    primary key (cart_id, sku)
);
create index cart_item_by_sku on cart_item (tenant_id, sku);
select enable_tenant_isolation('cart_item');

--changeset feira:recovery-3-sweep-by-time-windows
-- The sweep no longer keeps a due time per cart (rewriting a million rows to move them on): each
-- rule remembers up to when it has been swept, and a sweep looks for the carts whose time
-- conditions crossed their thresholds since, through indexes on the times themselves. Only open
-- carts are indexed; an edited rule forgets its mark and looks at every open cart once.
alter table abandonment_rule add column swept_until timestamp with time zone;
drop index cart_watch_due;
alter table cart_watch drop column next_due_at;
create index cart_watch_idle on cart_watch (tenant_id, last_activity_at) where state in ('OPEN', 'CHECKOUT_STARTED', 'AWAITING_APPROVAL');
create index cart_watch_unchanged on cart_watch (tenant_id, last_change_at) where state in ('OPEN', 'CHECKOUT_STARTED', 'AWAITING_APPROVAL');
-- Since when the buyer has been away from the cart: a column, as row-level security keeps an
-- expression of the row from bounding an index scan.
alter table cart_watch add column absent_since timestamp with time zone generated always as (coalesce(last_sign_in_at, started_at)) stored;
create index cart_watch_absent on cart_watch (tenant_id, absent_since) where state in ('OPEN', 'CHECKOUT_STARTED', 'AWAITING_APPROVAL');
create index cart_watch_awaiting on cart_watch (tenant_id, state_since) where state = 'AWAITING_APPROVAL';

--changeset feira:recovery-4-round-gaps
-- What a rule preview needs of each round: the longest the cart sat without activity and without
-- a change (gaps closed so far; the open one is measured from the last activity or change).
alter table cart_round
    add column account_number          varchar(64),
    add column last_activity_at        timestamp with time zone,
    add column last_change_at          timestamp with time zone,
    add column longest_idle_seconds    bigint not null default 0,
    add column longest_unchanged_seconds bigint not null default 0;
update cart_round set last_activity_at = started_at, last_change_at = started_at;
alter table cart_round alter column last_activity_at set not null, alter column last_change_at set not null;

--changeset feira:recovery-5-cart-offers
-- A progressive discount is offered for a number of days; rules written before say nothing: two weeks.
alter table abandonment_rule add column discount_valid_days int check (discount_valid_days between 1 and 90);
update abandonment_rule set discount_valid_days = 14 where discount_percent_per_day is not null;
-- The offer an alert made (copied from its rule when it fired: editing the rule later does not change it).
alter table recovery_alert add column offer_percent_per_day numeric(5, 2),
                           add column offer_cap_percent numeric(5, 2),
                           add column offer_expires_at timestamp with time zone,
                           add column offer_made_at timestamp with time zone;

--changeset feira:recovery-6-stalled-item-condition
-- A rule may ask for carts holding a product stalled in many carts (idle 48 h or more).
alter table abandonment_rule add column stalled_item_carts int check (stalled_item_carts > 0);

--changeset feira:recovery-7-cart-activity-log
-- What happened on each cart, for the team following it up: lines added, changed and removed,
-- checkouts, orders, emptying; views in a row within the hour count once. Kept 180 days.
create table cart_event (
    id        bigint generated always as identity primary key,
    tenant_id uuid not null references tenant (id),
    cart_id   uuid not null,
    at        timestamp with time zone not null,
    kind      varchar(32) not null,
    sku       varchar(64),
    value     numeric(14, 2) not null,
    lines     int not null
);
create index cart_event_of_cart on cart_event (cart_id, at desc);
create index cart_event_by_age on cart_event (tenant_id, at);
select enable_tenant_isolation('cart_event');

--changeset feira:recovery-8-alerts-outlive-their-rule
-- An alert is history: deleting its rule keeps it (it carries the rule's name), so what it
-- recovered stays in the metrics. Its account and rep are copied from the cart's watch, which
-- references them; identity's rows are another module's. The sweep writes alerts by the thousand,
-- and checking these three references took two thirds of its time (190 of 350 ms for a supplier's 546).
alter table recovery_alert drop constraint recovery_alert_rule_id_fkey,
                           drop constraint recovery_alert_buyer_account_id_fkey,
                           drop constraint recovery_alert_sales_rep_id_fkey;

--changeset feira:recovery-9-stalled-quotes
-- A submitted quote that sits undecided is watched like a cart (its invitation's id as the watch's
-- key, each revision an episode): a rule with quote_idle_days fires on it, and only on it.
alter table abandonment_rule add column quote_idle_days int check (quote_idle_days > 0);
alter table cart_watch drop constraint cart_watch_state_check;
alter table cart_watch add constraint cart_watch_state_check
    check (state in ('OPEN', 'CHECKOUT_STARTED', 'AWAITING_APPROVAL', 'ORDERED', 'EMPTIED', 'QUOTED', 'QUOTE_DECIDED'));
create index cart_watch_quoted on cart_watch (tenant_id, state_since) where state = 'QUOTED';
-- The RFQ an alert on a quote is about (null for a cart's).
alter table recovery_alert add column quote_rfq varchar(32);
alter table cart_watch add column quote_rfq varchar(32);
