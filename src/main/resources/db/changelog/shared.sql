--liquibase formatted sql

--changeset feira:shared-1-application-role-grants
grant usage on schema public to ${app_role};
alter default privileges in schema public grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema public grant usage, select on sequences to ${app_role};

--changeset feira:shared-2-event-publication-registry
-- Spring Modulith's event publication registry: an event a listener has not yet completed
-- survives a crash or restart and is delivered again.
create table event_publication (
    id                     uuid primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

--changeset feira:shared-3-tenant-isolation-function splitStatements:false
-- The one way to make a table tenant-owned: row-level security enabled and forced (so even the
-- table owner is bound), with a policy keyed on the transaction's tenant setting, which the
-- application writes at the start of every transaction. Other tenants' rows can be neither read
-- nor written.
create function enable_tenant_isolation(target regclass) returns void language plpgsql as $$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format($policy$
        create policy tenant_isolation on %s
            using (tenant_id = nullif(current_setting('feira.tenant_id', true), '')::uuid)
            with check (tenant_id = nullif(current_setting('feira.tenant_id', true), '')::uuid)
        $policy$, target);
end
$$;
