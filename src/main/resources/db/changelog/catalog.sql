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

--changeset feira:catalog-2-warehouses-units-attributes
-- Stock is held per warehouse; product.stock stays as the sum, which search and lists read.
create table warehouse (
    id        uuid primary key,
    tenant_id uuid not null references tenant (id),
    code      varchar(32) not null,
    name      varchar(120) not null,
    main      boolean not null default false,
    unique (tenant_id, code)
);
create unique index warehouse_one_main on warehouse (tenant_id) where main;
select enable_tenant_isolation('warehouse');

-- Element rows of a product (JPA element collections): tenant_id defaults to the transaction's
-- tenant, and row-level security checks it.
create table stock_level (
    product_id uuid not null references product (id) on delete cascade,
    tenant_id  uuid not null default nullif(current_setting('feira.tenant_id', true), '')::uuid references tenant (id),
    warehouse  varchar(32) not null,
    quantity   int not null check (quantity >= 0),
    primary key (product_id, warehouse),
    foreign key (tenant_id, warehouse) references warehouse (tenant_id, code)
);
select enable_tenant_isolation('stock_level');

-- Units a product is also sold in, as a number of its base unit (a bundle of 10 boxes, a pallet).
create table product_unit (
    product_id uuid not null references product (id) on delete cascade,
    tenant_id  uuid not null default nullif(current_setting('feira.tenant_id', true), '')::uuid references tenant (id),
    code       varchar(16) not null,
    quantity   int not null check (quantity > 1),
    primary key (product_id, code)
);
select enable_tenant_isolation('product_unit');

-- Free attributes (material, thread, voltage): shown on the product page and offered as facets.
create table product_attribute (
    product_id uuid not null references product (id) on delete cascade,
    tenant_id  uuid not null default nullif(current_setting('feira.tenant_id', true), '')::uuid references tenant (id),
    name       varchar(60) not null,
    value      varchar(200) not null,
    primary key (product_id, name)
);
select enable_tenant_isolation('product_attribute');

-- The category tree: every node by its path ("Fixadores > Parafusos"), ancestors included, so a
-- supplier can create a category before any product is in it.
create table product_category (
    id        uuid primary key,
    tenant_id uuid not null references tenant (id),
    path      varchar(200) not null,
    unique (tenant_id, path)
);
select enable_tenant_isolation('product_category');

create table product_image (
    id           uuid primary key,
    tenant_id    uuid not null references tenant (id),
    product_id   uuid not null references product (id) on delete cascade,
    position     int not null,
    content_type varchar(40) not null check (content_type in ('image/png', 'image/jpeg', 'image/webp')),
    content      bytea not null,
    file_name    varchar(200),
    created_at   timestamp with time zone not null default now()
);
create index product_image_of_product on product_image (product_id, position);
select enable_tenant_isolation('product_image');

--changeset feira:catalog-3-backfill-warehouses-categories splitStatements:false
-- Existing data: each tenant with products gets a main warehouse holding today's stock, and the
-- tree of the categories its products name. Per tenant, so it runs under row-level security too.
do $$
declare
    t record;
begin
    for t in select distinct tenant_id from product loop
        perform set_config('feira.tenant_id', t.tenant_id::text, true);
        insert into warehouse (id, tenant_id, code, name, main)
        values (gen_random_uuid(), t.tenant_id, 'CD', 'Centro de distribuição', true);
        insert into stock_level (product_id, tenant_id, warehouse, quantity)
        select id, tenant_id, 'CD', stock from product where tenant_id = t.tenant_id and stock > 0;
        insert into product_category (id, tenant_id, path)
        select gen_random_uuid(), t.tenant_id, prefix from (
            select distinct array_to_string((string_to_array(p.category, ' > '))[1:n], ' > ') as prefix
            from product p
            cross join lateral generate_series(1, cardinality(string_to_array(p.category, ' > '))) as n
            where p.tenant_id = t.tenant_id and p.category is not null and p.category <> '') as prefixes;
    end loop;
    perform set_config('feira.tenant_id', '', true);
end
$$;

--changeset feira:catalog-tax-classification
-- A product's tax classification: its NCM (Mercosur nomenclature, eight digits) and IPI rate, from which the cart,
-- the order and the invoice compute IPI, ICMS and ICMS-ST (see docs/decisions/010).
alter table product add column ncm varchar(8) check (ncm ~ '^[0-9]{8}$');
alter table product add column ipi_rate numeric(5, 2) check (ipi_rate >= 0 and ipi_rate <= 100);
