--liquibase formatted sql

--changeset feira:identity-1-organisations-and-users
-- Buyer companies and users are platform-wide: one company buys from many suppliers and one
-- sign-in serves every portal. What a company may do at one supplier lives in buyer_account.
create table buyer_company (
    id      uuid primary key,
    code    varchar(63) not null unique,
    name    varchar(200) not null,
    tax_id  varchar(32) unique
);

create table user_account (
    id                 uuid primary key,
    username           varchar(254) not null unique,
    password_hash      varchar(200) not null,
    display_name       varchar(200) not null,
    supplier_tenant_id uuid references tenant (id),
    buyer_company_id   uuid references buyer_company (id),
    enabled            boolean not null default true,
    created_at         timestamp with time zone not null default now(),
    constraint user_account_one_organisation check (supplier_tenant_id is null or buyer_company_id is null)
);

create table user_role (
    user_id uuid not null references user_account (id) on delete cascade,
    role    varchar(32) not null check (role in ('PLATFORM_OPERATOR', 'SUPPLIER_ADMIN', 'SALES_REP',
                                                 'BUYER_ADMIN', 'PURCHASER', 'APPROVER')),
    primary key (user_id, role)
);

--changeset feira:identity-2-buyer-accounts
create table buyer_account (
    id                uuid primary key,
    tenant_id         uuid not null references tenant (id),
    buyer_company_id  uuid not null references buyer_company (id),
    account_number    varchar(63) not null,
    customer_category varchar(63),
    sales_rep_id      uuid references user_account (id),
    created_at        timestamp with time zone not null default now(),
    unique (tenant_id, buyer_company_id),
    unique (tenant_id, account_number)
);
select enable_tenant_isolation('buyer_account');

--changeset feira:identity-3-api-clients
-- Integration clients (ERP, procurement systems) of one organisation: a supplier or a buyer
-- company. They obtain tokens with the client-credentials grant; the token names the organisation.
create table api_client (
    id                 uuid primary key,
    client_id          varchar(100) not null unique,
    secret_hash        varchar(200) not null,
    name               varchar(200) not null,
    supplier_tenant_id uuid references tenant (id),
    buyer_company_id   uuid references buyer_company (id),
    created_at         timestamp with time zone not null default now(),
    constraint api_client_one_organisation check ((supplier_tenant_id is null) <> (buyer_company_id is null))
);
