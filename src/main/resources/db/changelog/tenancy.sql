--liquibase formatted sql

--changeset feira:tenancy-1-tenants
-- The tenants themselves are platform data (no tenant_id, no row-level security): resolving a
-- host name to its tenant happens before any tenant is known.
create table tenant (
    id                uuid primary key,
    slug              varchar(63) not null unique,
    name              varchar(200) not null,
    visibility        varchar(16) not null check (visibility in ('PUBLIC', 'PRIVATE')),
    default_locale    varchar(16) not null,
    currency          varchar(3) not null,
    primary_color     varchar(7) not null,
    tagline           varchar(300),
    logo              bytea,
    logo_content_type varchar(100),
    created_at        timestamp with time zone not null default now(),
    updated_at        timestamp with time zone not null default now()
);

create table tenant_host (
    host      varchar(253) primary key,
    tenant_id uuid not null references tenant (id) on delete cascade
);
create index tenant_host_tenant_idx on tenant_host (tenant_id);

--changeset feira:tenancy-2-status
-- Where a tenant stands with the platform: its portal serves unless suspended or cancelled.
alter table tenant add column status varchar(16) not null default 'ACTIVE'
    check (status in ('ONBOARDING', 'TRIAL', 'ACTIVE', 'PAST_DUE', 'SUSPENDED', 'CANCELLED'));

--changeset feira:tenancy-3-legal-entity
-- The company behind a portal, as it signed up (its invoices and documents name it).
alter table tenant add column legal_name varchar(200);
alter table tenant add column cnpj varchar(14);
alter table tenant add column street varchar(200);
alter table tenant add column city varchar(100);
alter table tenant add column state varchar(2);
alter table tenant add column postal_code varchar(9);
