--liquibase formatted sql

--changeset feira:catalog-1-products
create table product (
    id             uuid primary key,
    tenant_id      uuid not null references tenant (id),
    sku            varchar(64) not null,
    gtin           varchar(14),
    mpn            varchar(64),
    name           varchar(300) not null,
    description    text,
    brand          varchar(120),
    category       varchar(200),
    unit           varchar(16) not null,
    pack_size      int not null default 1 check (pack_size > 0),
    min_order_qty  int not null default 1 check (min_order_qty > 0),
    order_multiple int not null default 1 check (order_multiple > 0),
    list_price     numeric(19, 4) not null check (list_price >= 0),
    stock          int not null default 0,
    created_at     timestamp with time zone not null default now(),
    updated_at     timestamp with time zone not null default now(),
    unique (tenant_id, sku)
);
select enable_tenant_isolation('product');
