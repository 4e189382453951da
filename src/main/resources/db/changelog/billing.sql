--liquibase formatted sql

--changeset feira:billing-1-card-payments
-- The Stripe account (Stripe Connect) a supplier takes its buyers' card payments on.
create table supplier_payment_account (
    id             uuid primary key,
    tenant_id      uuid not null unique references tenant (id),
    stripe_account varchar(64) not null check (stripe_account ~ '^acct_[A-Za-z0-9]+$'),
    connected_at   timestamp with time zone not null
);
select enable_tenant_isolation('supplier_payment_account');

-- One card payment per order: the PaymentIntent on the supplier's account, in minor units, with
-- the platform's fee and what was refunded since (lines declined, order rejected or cancelled).
create table card_payment (
    id                    uuid primary key,
    tenant_id             uuid not null references tenant (id),
    order_id              uuid not null unique references purchase_order (id),
    order_number          varchar(32) not null,
    stripe_account        varchar(64) not null,
    intent_id             varchar(255) not null unique,
    client_secret         varchar(255) not null,
    currency              varchar(3) not null,
    amount_minor          bigint not null check (amount_minor > 0),
    application_fee_minor bigint not null check (application_fee_minor >= 0),
    refunded_minor        bigint not null default 0 check (refunded_minor >= 0),
    status                varchar(16) not null check (status in ('AWAITING_CARD', 'SUCCEEDED', 'FAILED', 'CANCELED')),
    failure               varchar(500),
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint not null default 0
);
select enable_tenant_isolation('card_payment');

-- Every Stripe event received, once: a replay is recognised by its id and changes nothing. Stripe
-- events arrive before anyone knows their tenant, so this table is the platform's.
create table stripe_event (
    id          varchar(255) primary key,
    type        varchar(100) not null,
    account     varchar(64),
    received_at timestamp with time zone not null
);

--changeset feira:billing-2-own-stripe-keys
-- A supplier may instead use its own Stripe account's keys (no platform fee then): sealed with the
-- platform's secrets key, never stored in the clear. One of the two ways must be set.
alter table supplier_payment_account
    alter column stripe_account drop not null,
    add column own_secret_key     varchar(500),
    add column own_publishable_key varchar(200),
    add column own_webhook_secret varchar(500),
    add constraint supplier_payment_account_one_way check (stripe_account is not null or own_secret_key is not null);
-- A payment taken with the supplier's own keys names no connected account.
alter table card_payment alter column stripe_account drop not null;

--changeset feira:billing-3-connect-onboarding
-- A connected account Feira created for the supplier takes cards only once Stripe says so (account.updated:
-- charges_enabled), after the supplier completed Stripe's onboarding; an account id given by hand is taken as ready.
alter table supplier_payment_account add column cards_enabled boolean not null default true;
