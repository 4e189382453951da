--liquibase formatted sql

--changeset feira:notification-1-notices
-- A person's notices. A person's inbox spans suppliers, so this table is the platform's (like
-- user_account); the supplier a notice is about is named for its link and branding only.
create table notice (
    id          uuid primary key,
    recipient   uuid not null references user_account (id) on delete cascade,
    email       varchar(254),
    supplier    uuid references tenant (id),
    key         varchar(64) not null,
    arguments   text[] not null,
    link        varchar(500),
    dedupe_key  varchar(200) not null unique,
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone,
    mailed_at   timestamp with time zone
);
create index notice_by_recipient on notice (recipient, created_at desc);
