-- The application connects as feira_app, which owns no table: PostgreSQL row-level security
-- therefore binds it. Liquibase runs as the owner (feira_owner) and grants feira_app its rights.
create role feira_app login password 'feira_app';
grant connect on database feira to feira_app;
