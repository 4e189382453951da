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

--changeset feira:identity-4-sign-in-shared-by-instances
-- Instances behind a load balancer sign people in as one: the key that signs the tokens and the
-- authorizations in flight (codes, tokens) live here, not in each instance's memory, so a code
-- issued by one instance is redeemed at another and a token of one is honoured by all.
create table signing_key (
    id          varchar(64) primary key,
    public_key  text not null,
    private_key text not null,
    created_at  timestamp with time zone not null
);
comment on column signing_key.public_key is 'RSA, X.509 in Base64';
comment on column signing_key.private_key is 'RSA, PKCS#8 in Base64, sealed with the platform''s secrets key';
-- Spring Authorization Server's table, with PostgreSQL's types (text, timestamptz).
create table oauth2_authorization (
    id                            varchar(100) primary key,
    registered_client_id          varchar(100) not null,
    principal_name                varchar(200) not null,
    authorization_grant_type      varchar(100) not null,
    authorized_scopes             varchar(1000),
    attributes                    text,
    state                         varchar(500),
    authorization_code_value      text,
    authorization_code_issued_at  timestamp with time zone,
    authorization_code_expires_at timestamp with time zone,
    authorization_code_metadata   text,
    access_token_value            text,
    access_token_issued_at        timestamp with time zone,
    access_token_expires_at       timestamp with time zone,
    access_token_metadata         text,
    access_token_type             varchar(100),
    access_token_scopes           varchar(1000),
    oidc_id_token_value           text,
    oidc_id_token_issued_at       timestamp with time zone,
    oidc_id_token_expires_at      timestamp with time zone,
    oidc_id_token_metadata        text,
    refresh_token_value           text,
    refresh_token_issued_at       timestamp with time zone,
    refresh_token_expires_at      timestamp with time zone,
    refresh_token_metadata        text,
    user_code_value               text,
    user_code_issued_at           timestamp with time zone,
    user_code_expires_at          timestamp with time zone,
    user_code_metadata            text,
    device_code_value             text,
    device_code_issued_at         timestamp with time zone,
    device_code_expires_at        timestamp with time zone,
    device_code_metadata          text
);
-- Looked up by what the client presents (equality on values too long for a B-tree: hash indexes),
-- and forgotten once everything in them has expired.
create index oauth2_authorization_by_state on oauth2_authorization using hash (state);
create index oauth2_authorization_by_code on oauth2_authorization using hash (authorization_code_value);
create index oauth2_authorization_by_access_token on oauth2_authorization using hash (access_token_value);
create index oauth2_authorization_by_refresh_token on oauth2_authorization using hash (refresh_token_value);
create index oauth2_authorization_by_expiry on oauth2_authorization
    ((greatest(authorization_code_expires_at, access_token_expires_at, refresh_token_expires_at)));

--changeset feira:identity-5-sign-in-throttle
-- Failed sign-ins and client authentications, shared by every instance: per account, per account and
-- address, per address and per integration client, counted within a window. A key may be locked for a
-- while; the platform's own (no tenant's or company's data): see docs/decisions/004-api-authorisation.md.
create table sign_in_failure (
    key              varchar(400) primary key,
    failures         int not null,
    first_failure_at timestamp with time zone not null,
    last_failure_at  timestamp with time zone not null,
    locked_until     timestamp with time zone
);
create index sign_in_failure_by_last on sign_in_failure (last_failure_at);

--changeset feira:identity-6-password-reset
-- A forgotten password: a single-use link that expires. Only the token's SHA-256 is kept, so the table
-- opens no account by itself; a new link or a reset retires the older ones.
create table password_reset (
    id          uuid primary key,
    user_id     uuid not null references user_account (id) on delete cascade,
    token_hash  varchar(64) not null unique,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create index password_reset_of_user on password_reset (user_id, created_at desc);

--changeset feira:identity-7-access-requests
-- A buyer company asks a supplier for an account (to see a private catalog, to order): the request is
-- the supplier's to decide (its tenant key), the company sees where its requests stand through identity.
create table access_request (
    id               uuid primary key,
    tenant_id        uuid not null references tenant (id),
    buyer_company_id uuid not null references buyer_company (id),
    company_name     varchar(200) not null,
    cnpj             varchar(14) not null,
    message          varchar(1000),
    requested_by     varchar(254) not null,
    requested_at     timestamp with time zone not null,
    status           varchar(16) not null check (status in ('PENDING', 'APPROVED', 'DECLINED')),
    decided_by       varchar(254),
    decided_at       timestamp with time zone,
    decline_reason   varchar(500),
    account_number   varchar(63)
);
create unique index access_request_one_pending on access_request (tenant_id, buyer_company_id) where status = 'PENDING';
select enable_tenant_isolation('access_request');

--changeset feira:identity-8-invitations
-- A colleague invited by an admin of a supplier or of a buyer company. Like user_account it spans organisations (the
-- link is opened before anybody signs in); identity reads it by token hash or for the caller's own organisation.
create table invitation (
    id                 uuid primary key,
    supplier_tenant_id uuid references tenant (id),
    buyer_company_id   uuid references buyer_company (id),
    email              varchar(254) not null,
    display_name       varchar(200),
    roles              varchar(100) not null,
    invited_by         varchar(254) not null,
    token_hash         varchar(64) not null unique,
    created_at         timestamp with time zone not null,
    expires_at         timestamp with time zone not null,
    accepted_at        timestamp with time zone,
    withdrawn_at       timestamp with time zone,
    check ((supplier_tenant_id is null) <> (buyer_company_id is null))
);
create index invitation_of_supplier on invitation (supplier_tenant_id, created_at desc) where supplier_tenant_id is not null;
create index invitation_of_company on invitation (buyer_company_id, created_at desc) where buyer_company_id is not null;

--changeset feira:identity-9-support-access
-- An operator's time-limited access to one supplier's desk, with the reason: the supplier's own record (its staff see
-- who is in and why), so it carries the tenant key; the operators' audit log hears of it too.
create table support_access (
    id         uuid primary key,
    tenant_id  uuid not null references tenant (id),
    operator   varchar(254) not null,
    reason     varchar(500) not null,
    started_at timestamp with time zone not null,
    ends_at    timestamp with time zone not null,
    ended_at   timestamp with time zone,
    ended_by   varchar(254)
);
create index support_access_open on support_access (tenant_id, ends_at desc);
select enable_tenant_isolation('support_access');

--changeset feira:identity-10-company-addresses
-- A buyer company's addresses: branches it has goods delivered to, each with its CNPJ. The company's data, guarded
-- twice: every query names the company, and row-level security on the transaction's feira.buyer_company_id.
create table company_address (
    id               uuid primary key,
    buyer_company_id uuid not null references buyer_company (id),
    label            varchar(120) not null,
    tax_id           varchar(20) not null,
    street           varchar(200) not null,
    district         varchar(100),
    city             varchar(100) not null,
    state            varchar(2) not null,
    postal_code      varchar(9) not null,
    default_delivery boolean not null default false,
    created_at       timestamp with time zone not null default now()
);
create index company_address_of_company on company_address (buyer_company_id);
create unique index company_address_one_default on company_address (buyer_company_id) where default_delivery;
alter table company_address enable row level security;
alter table company_address force row level security;
create policy company_isolation on company_address
    using (buyer_company_id = nullif(current_setting('feira.buyer_company_id', true), '')::uuid)
    with check (buyer_company_id = nullif(current_setting('feira.buyer_company_id', true), '')::uuid);

--changeset feira:identity-11-phone
-- A person's phone (E.164), so a supplier's rep can call or message the buyer's people.
alter table user_account add column phone varchar(20);
