--liquibase formatted sql

--changeset feira:platform-1-operator-audit
-- Every operator action (a tenant suspended or reactivated, a reindex, later support access), with who, when and
-- why. Platform-wide, like the tenant table: only operators read it, through the platform module's service; rows are
-- only added.
create table operator_audit (
    id          uuid primary key,
    at          timestamp with time zone not null,
    operator    varchar(200) not null,
    action      varchar(40) not null,
    about_tenant uuid references tenant (id), -- which tenant the action was about, not whose row it is
    tenant_slug varchar(63),
    details     varchar(1000)
);
create index operator_audit_by_time on operator_audit (at desc);
revoke update, delete on operator_audit from ${app_role};

--changeset feira:platform-2-marketplace-sales
-- The marketplace's turnover as the platform counts it (GMV per supplier, what plans' fees are charged on): one row per
-- order, fed by ordering's events, voided when the order is rejected or cancelled. Amounts and anonymous buyer keys
-- only: the order itself stays the supplier's. Operators read it in aggregate through platform's TenantOverview.
create table marketplace_sale (
    order_id      uuid primary key,
    about_tenant  uuid not null references tenant (id), -- whose sale it is, not whose row: platform data
    buyer_account uuid not null,
    total         numeric(19, 4) not null,
    currency      varchar(3) not null,
    card          boolean not null,
    placed_at     timestamp with time zone not null,
    voided_at     timestamp with time zone
);
create index marketplace_sale_by_time on marketplace_sale (placed_at, about_tenant);

--changeset feira:platform-3-marketplace-sales-backfill
-- Orders placed before the ledger existed. Runs as the schema owner, which row-level security binds too unless it may
-- bypass it (a superuser, as the embedded database's): otherwise this copies nothing and the ledger starts from now.
insert into marketplace_sale (order_id, about_tenant, buyer_account, total, currency, card, placed_at, voided_at)
select id, tenant_id, buyer_account_id, total, currency, payment_method = 'CARD', placed_at,
       case when status in ('REJECTED', 'CANCELLED') then updated_at end
from purchase_order
on conflict (order_id) do nothing;

--changeset feira:platform-4-tenant-exports
-- A cancelled supplier's data export, kept for its admins (a mailed link, valid 30 days) and the operators.
create table tenant_export (
    id           uuid primary key,
    about_tenant uuid not null references tenant (id),
    token_hash   varchar(64) not null unique,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    content      bytea not null
);

--changeset feira:platform-5-supplier-plans
-- Which plan each supplier is on: platform data (what Feira charges), read by the supplier's admins through platform's
-- Plans and by operators.
create table supplier_plan (
    about_tenant  uuid primary key references tenant (id),
    plan          varchar(40) not null,
    chosen_at     timestamp with time zone not null,
    chosen_by     varchar(254) not null,
    trial_ends_at timestamp with time zone
);
