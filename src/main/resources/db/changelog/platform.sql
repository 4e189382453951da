--liquibase formatted sql

--changeset feira:platform-1-operator-audit
-- Every operator action (a tenant suspended or reactivated, a reindex, later support access), with who, when and
-- why. Platform-wide, like the tenant table: only operators read it, through the platform module's service; rows are
-- only added.
create table operator_audit (
    id          uuid primary key,
    at          timestamp with time zone not null,
    operator    varchar(200) not null,
    action      varchar(40) not null,
    about_tenant uuid references tenant (id), -- which tenant the action was about, not whose row it is
    tenant_slug varchar(63),
    details     varchar(1000)
);
create index operator_audit_by_time on operator_audit (at desc);
revoke update, delete on operator_audit from ${app_role};
