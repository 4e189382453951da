--liquibase formatted sql

--changeset feira:taxation-1-substitution-rules
-- A supplier's ICMS-ST rules: products whose NCM starts with the prefix, sold into a state (null: any), carry the
-- substitute ICMS computed on the added-value margin (MVA). The most specific rule wins (longest prefix, a state
-- before "any").
create table icms_st_rule (
    id                uuid primary key,
    tenant_id         uuid not null references tenant (id),
    ncm_prefix        varchar(8) not null check (ncm_prefix ~ '^[0-9]{2,8}$'),
    destination_state varchar(2),
    mva               numeric(6, 2) not null check (mva >= 0 and mva <= 500),
    created_at        timestamp with time zone not null default now()
);
create unique index icms_st_rule_one_per_scope on icms_st_rule (tenant_id, ncm_prefix, coalesce(destination_state, '*'));
select enable_tenant_isolation('icms_st_rule');
