--liquibase formatted sql

--changeset feira:search-1-synonyms-and-misses
-- A supplier's synonyms: each row one group of words and phrases that mean the same to its buyers
-- ("celular, smartphone"), applied to queries when they are run, so a change needs no reindex.
create table search_synonym_group (
    id         uuid primary key,
    tenant_id  uuid not null references tenant (id),
    terms      varchar(500) not null,
    created_at timestamp with time zone not null default now()
);
create index search_synonym_group_by_tenant on search_synonym_group (tenant_id);
select enable_tenant_isolation('search_synonym_group');

-- What buyers searched in a supplier's catalog and did not find, one row per query as folded (case and
-- accents aside), counted: the supplier learns its buyers' words from it.
create table search_miss (
    id               uuid primary key,
    tenant_id        uuid not null references tenant (id),
    query_key        varchar(200) not null,
    query            varchar(200) not null,
    searches         integer not null default 1,
    first_searched_at timestamp with time zone not null,
    last_searched_at timestamp with time zone not null,
    version          bigint not null default 0
);
create unique index search_miss_one_per_query on search_miss (tenant_id, query_key);
create index search_miss_latest on search_miss (tenant_id, last_searched_at desc);
select enable_tenant_isolation('search_miss');
