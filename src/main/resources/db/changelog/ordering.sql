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
