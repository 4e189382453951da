--liquibase formatted sql

--changeset feira:rfq-1-requests-invitations-quotes
-- A request for quotation is the buyer company's: it and its lines are guarded by the company key
-- (feira.buyer_company_id, bound by the rfq service before it reads or writes). What a supplier is asked
-- is copied into an invitation of its own, guarded by its tenant key: a supplier reads nothing of the
-- buyer's request and nothing of another supplier's invitation, and the buyer reads a supplier's quote
-- only through the rfq service, within that supplier's tenant. See docs/decisions/005-rfq.md.
create sequence rfq_number_seq;

create table rfq (
    id                uuid primary key,
    buyer_company_id  uuid not null references buyer_company (id),
    number            varchar(16) not null unique,
    title             varchar(200) not null,
    need_by           date,
    delivery_place    varchar(300),
    response_deadline timestamp with time zone,
    currency          varchar(3) not null,
    sealed            boolean not null,
    award_mode        varchar(16) not null check (award_mode in ('WHOLE', 'PER_LINE')),
    notes             varchar(4000),
    status            varchar(32) not null,
    round             int not null default 1 check (round >= 1),
    created_by        uuid references user_account (id),
    created_by_name   varchar(200) not null,
    created_at        timestamp with time zone not null,
    published_at      timestamp with time zone,
    closed_at         timestamp with time zone,
    cancel_reason     varchar(500),
    version           bigint not null default 0
);
create index rfq_of_company on rfq (buyer_company_id, created_at desc);
create index rfq_open_deadline on rfq (response_deadline) where status = 'PUBLISHED';

create table rfq_line (
    rfq_id           uuid not null references rfq (id) on delete cascade,
    buyer_company_id uuid not null default nullif(current_setting('feira.buyer_company_id', true), '')::uuid
                     references buyer_company (id),
    position         int not null,
    line_id          uuid not null unique,
    description      varchar(300) not null,
    quantity         int not null check (quantity > 0),
    unit             varchar(16) not null,
    target_price     numeric(19, 4) check (target_price >= 0),
    sku              varchar(64),
    source_supplier  uuid references tenant (id),
    gtin             varchar(14),
    mpn              varchar(64),
    primary key (rfq_id, position)
);

-- The suppliers the buyer invited, and what the buyer knows of each one's answer.
create table rfq_supplier (
    rfq_id           uuid not null references rfq (id) on delete cascade,
    buyer_company_id uuid not null default nullif(current_setting('feira.buyer_company_id', true), '')::uuid
                     references buyer_company (id),
    supplier_id      uuid not null references tenant (id),
    status           varchar(32) not null default 'INVITED',
    revisions        int not null default 0,
    answered_at      timestamp with time zone,
    primary key (rfq_id, supplier_id)
);

create table quote_invitation (
    id                uuid primary key,
    tenant_id         uuid not null references tenant (id),
    rfq_id            uuid not null references rfq (id),
    rfq_number        varchar(16) not null,
    buyer_company_id  uuid not null references buyer_company (id),
    buyer_account_id  uuid references buyer_account (id),
    buyer_name        varchar(200) not null,
    title             varchar(200) not null,
    need_by           date,
    delivery_place    varchar(300),
    response_deadline timestamp with time zone not null,
    currency          varchar(3) not null,
    notes             varchar(4000),
    round             int not null check (round >= 1),
    status            varchar(32) not null,
    assigned_rep_id   uuid references user_account (id),
    invited_at        timestamp with time zone not null,
    respond_by        timestamp with time zone not null,
    viewed_at         timestamp with time zone,
    answered_at       timestamp with time zone,
    decline_reason    varchar(500),
    revisions         int not null default 0,
    version           bigint not null default 0,
    unique (tenant_id, rfq_id)
);
select enable_tenant_isolation('quote_invitation');
create index quote_invitation_inbox on quote_invitation (tenant_id, invited_at desc);

create table quote_invitation_line (
    invitation_id   uuid not null references quote_invitation (id) on delete cascade,
    tenant_id       uuid not null default nullif(current_setting('feira.tenant_id', true), '')::uuid references tenant (id),
    position        int not null,
    line_id         uuid not null,
    description     varchar(300) not null,
    quantity        int not null check (quantity > 0),
    unit            varchar(16) not null,
    target_price    numeric(19, 4),
    sku             varchar(64),
    gtin            varchar(14),
    mpn             varchar(64),
    primary key (invitation_id, position)
);
select enable_tenant_isolation('quote_invitation_line');

-- Each submission is a revision of its own, never changed afterwards.
create table quote_revision (
    id              uuid primary key,
    tenant_id       uuid not null references tenant (id),
    invitation_id   uuid not null references quote_invitation (id),
    revision        int not null check (revision >= 1),
    round           int not null check (round >= 1),
    submitted_at    timestamp with time zone not null,
    submitted_by    uuid references user_account (id),
    submitted_by_name varchar(200) not null,
    currency        varchar(3) not null,
    valid_until     date not null,
    payment_terms   varchar(200) not null,
    freight         varchar(3) not null check (freight in ('CIF', 'FOB')),
    freight_value   numeric(19, 4) not null default 0 check (freight_value >= 0),
    notes           varchar(4000),
    unique (invitation_id, revision)
);
select enable_tenant_isolation('quote_revision');

create table quote_revision_line (
    revision_id      uuid not null references quote_revision (id) on delete cascade,
    tenant_id        uuid not null default nullif(current_setting('feira.tenant_id', true), '')::uuid references tenant (id),
    line_id          uuid not null,
    unit_price       numeric(19, 4) check (unit_price >= 0),
    quantity         int check (quantity > 0),
    unit             varchar(16),
    lead_time_days   int check (lead_time_days >= 0),
    min_lot          int check (min_lot > 0),
    alternative_sku  varchar(64),
    alternative_name varchar(300),
    note             varchar(500),
    primary key (revision_id, line_id)
);
select enable_tenant_isolation('quote_revision_line');

--changeset feira:rfq-2-company-isolation splitStatements:false
create function enable_company_isolation(target regclass) returns void language plpgsql as $$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format($policy$
        create policy company_isolation on %s
            using (buyer_company_id = nullif(current_setting('feira.buyer_company_id', true), '')::uuid)
            with check (buyer_company_id = nullif(current_setting('feira.buyer_company_id', true), '')::uuid)
        $policy$, target);
end
$$;

--changeset feira:rfq-3-company-isolation-tables
select enable_company_isolation('rfq');
select enable_company_isolation('rfq_line');
select enable_company_isolation('rfq_supplier');

--changeset feira:rfq-4-awards
-- What the buyer awarded, line by line: to which supplier, how many, at what price, and the order it became.
create table rfq_award (
    rfq_id           uuid not null references rfq (id) on delete cascade,
    buyer_company_id uuid not null default nullif(current_setting('feira.buyer_company_id', true), '')::uuid
                     references buyer_company (id),
    line_id          uuid not null,
    supplier_id      uuid not null references tenant (id),
    quantity         int not null check (quantity > 0),
    unit_price       numeric(19, 4) not null check (unit_price >= 0),
    order_id         uuid not null,
    order_number     varchar(32) not null,
    primary key (rfq_id, line_id, supplier_id)
);
select enable_company_isolation('rfq_award');
alter table rfq add column awarded_at timestamp with time zone;
alter table rfq_supplier add column decline_reason varchar(500);

--changeset feira:rfq-5-cost-of-capital
-- What money costs the buyer company a year, set by its buyer admin: the comparison prices payment terms with it.
create table rfq_buyer_setting (
    buyer_company_id uuid primary key references buyer_company (id),
    cost_of_capital  numeric(6, 4) not null check (cost_of_capital >= 0 and cost_of_capital <= 5)
);
select enable_company_isolation('rfq_buyer_setting');

--changeset feira:rfq-6-negotiation-rounds
-- A negotiation round reaches the suppliers the buyer chose with a note and, per line, a target price.
alter table quote_invitation add column round_note varchar(2000);
alter table quote_invitation_line add column round_target numeric(19, 4) check (round_target >= 0);

--changeset feira:rfq-7-response-clock
-- When an unanswered invitation's response time ran out and the supplier's managers were told: once.
alter table quote_invitation add column escalated_at timestamp with time zone;
create index quote_invitation_due on quote_invitation (respond_by) where escalated_at is null and status in ('INVITED', 'VIEWED');

--changeset feira:rfq-8-messages
-- Messages between the buyer and one supplier about an RFQ (optionally one line): kept on the supplier's side, as its
-- invitation is, so only the two parties read them.
create table quote_message (
    id            uuid primary key,
    tenant_id     uuid not null references tenant (id),
    invitation_id uuid not null references quote_invitation (id),
    line_id       uuid,
    from_buyer    boolean not null,
    author_name   varchar(200) not null,
    body          varchar(4000) not null,
    sent_at       timestamp with time zone not null
);
select enable_tenant_isolation('quote_message');
create index quote_message_of_invitation on quote_message (invitation_id, sent_at);

--changeset feira:rfq-9-quote-metrics
-- What the supplier's RFQ metrics count: the first answer (response time), the buyer's customer
-- category when invited (win rate by category), and what an award was worth (value won).
alter table quote_invitation add column first_answered_at timestamp with time zone,
                             add column customer_category varchar(80),
                             add column awarded_value numeric(14, 2);
update quote_invitation set first_answered_at = answered_at where answered_at is not null;
update quote_invitation i set customer_category = a.customer_category from buyer_account a where a.id = i.buyer_account_id;
create index quote_invitation_by_time on quote_invitation (tenant_id, invited_at);

--changeset feira:rfq-10-supplier-response-time
-- Each supplier's quote SLA: how long after an invitation it promises a first answer.
create table rfq_supplier_setting (
    tenant_id      uuid primary key references tenant (id),
    response_hours int not null check (response_hours between 1 and 720)
);
select enable_tenant_isolation('rfq_supplier_setting');

--changeset feira:rfq-11-attachments
-- Spec sheets and drawings the buyer attaches to an RFQ (company key). A supplier reads them
-- through its invitation, in a transaction bound to the buyer's company: nothing is copied.
create table rfq_attachment (
    id               uuid primary key,
    buyer_company_id uuid not null references buyer_company (id),
    rfq_id           uuid not null references rfq (id) on delete cascade,
    file_name        varchar(200) not null,
    content_type     varchar(100) not null,
    size             int not null check (size > 0),
    content          bytea not null,
    uploaded_by      varchar(200) not null,
    uploaded_at      timestamp with time zone not null
);
create index rfq_attachment_of_rfq on rfq_attachment (rfq_id, uploaded_at);
select enable_company_isolation('rfq_attachment');

--changeset feira:rfq-12-due-soon-reminders
-- The rep is reminded once when three quarters of an unanswered invitation's response time have passed.
alter table quote_invitation add column remind_at timestamp with time zone,
                             add column reminded_at timestamp with time zone;
update quote_invitation set remind_at = invited_at + (respond_by - invited_at) * 0.75;
create index quote_invitation_remind on quote_invitation (remind_at) where reminded_at is null and status in ('INVITED', 'VIEWED');
