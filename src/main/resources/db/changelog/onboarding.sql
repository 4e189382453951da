--liquibase formatted sql

--changeset feira:onboarding-1-signups
-- A supplier signing up, before it has a portal: platform data like the tenant table (no tenant yet; opened_tenant
-- names the portal once the e-mail is verified). Read by token hash, or by the portal's own admins through it.
create table supplier_signup (
    id            uuid primary key,
    legal_name    varchar(200) not null,
    cnpj          varchar(14) not null,
    street        varchar(200) not null,
    city          varchar(100) not null,
    state         varchar(2) not null,
    postal_code   varchar(9) not null,
    admin_name    varchar(200) not null,
    admin_email   varchar(254) not null,
    portal_name   varchar(200) not null,
    slug          varchar(40) not null,
    locale        varchar(16) not null,
    token_hash    varchar(64) not null unique,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    verified_at   timestamp with time zone,
    opened_tenant uuid references tenant (id)
);
create index supplier_signup_by_email on supplier_signup (lower(admin_email), created_at desc);

--changeset feira:onboarding-2-own-domains
-- A supplier's own domain for its portal: served only once a TXT record proves the supplier controls it (then it is
-- one of the tenant's hosts), and re-checked now and then (removed after three checks in a row without the record).
create table own_domain (
    id            uuid primary key,
    tenant_id     uuid not null references tenant (id),
    host          varchar(253) not null,
    token         varchar(64) not null,
    status        varchar(16) not null check (status in ('PENDING', 'VERIFIED')),
    created_at    timestamp with time zone not null,
    verified_at   timestamp with time zone,
    checked_at    timestamp with time zone,
    failed_checks integer not null default 0
);
create unique index own_domain_per_tenant on own_domain (tenant_id, host);
select enable_tenant_isolation('own_domain');
