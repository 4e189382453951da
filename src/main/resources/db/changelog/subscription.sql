--liquibase formatted sql

--changeset feira:subscription-1-subscriptions
-- Each supplier's subscription to Feira as Stripe holds it (platform data: what Feira charges; the supplier's admins
-- read theirs through the subscription module). Dunning keeps when an invoice first went unpaid, and whether billing
-- (not an operator) suspended the portal, so a payment reopens only what billing closed.
create table supplier_subscription (
    about_tenant         uuid primary key references tenant (id),
    stripe_customer      varchar(64) not null,
    stripe_subscription  varchar(64) not null unique,
    plan                 varchar(40) not null,
    status               varchar(24) not null,
    trial_ends_at        timestamp with time zone,
    past_due_since       timestamp with time zone,
    suspended_by_billing boolean not null default false,
    updated_at           timestamp with time zone not null
);

-- The GMV fee's usage, reported once per order (Stripe dedupes by the same identifier too).
create table gmv_meter_report (
    order_id     uuid primary key,
    about_tenant uuid not null references tenant (id),
    value_minor  bigint not null,
    reported_at  timestamp with time zone not null
);

-- Stripe Billing's events, each handled once.
create table billing_event (
    id          varchar(255) primary key,
    type        varchar(100) not null,
    received_at timestamp with time zone not null
);
