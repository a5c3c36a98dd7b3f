-- Subscription and communication kit: the instance-wide rate (one row), each territory's subscription per period
-- with the population and rate frozen when its invoice is issued, the yearly invoices (no payment processing: the
-- platform admin marks them paid), and the communication kit (desk phone number, taglines, flyer renewals).

create table sub_settings (
    id              integer primary key,
    rate            numeric(12, 4) not null,
    currency        varchar(3) not null,
    updated_at      timestamp with time zone not null,
    updated_by      uuid
);

create table sub_subscription (
    id              uuid primary key,
    territory_id    uuid not null references territory (id),
    period_start    date not null,
    period_end      date not null,
    status          varchar(16) not null,
    population      integer not null,
    rate            numeric(12, 4) not null,
    currency        varchar(3) not null,
    created_at      timestamp with time zone not null,
    version         bigint not null
);
create unique index sub_subscription_period on sub_subscription (territory_id, period_start);

create table sub_invoice (
    id              uuid primary key,
    territory_id    uuid not null references territory (id),
    subscription_id uuid not null references sub_subscription (id),
    number          varchar(32) not null,
    issued_on       date not null,
    due_on          date not null,
    amount          numeric(14, 2) not null,
    currency        varchar(3) not null,
    issued_by       uuid,
    paid_on         date,
    paid_by         uuid,
    version         bigint not null
);
create unique index sub_invoice_number on sub_invoice (number);
create unique index sub_invoice_subscription on sub_invoice (subscription_id);
create index sub_invoice_territory on sub_invoice (territory_id);

create table sub_kit (
    territory_id    uuid primary key references territory (id),
    desk_phone      varchar(20) not null,
    last_renewed_on date,
    set_up_at       timestamp with time zone not null,
    reminded_at     timestamp with time zone,
    updated_at      timestamp with time zone not null,
    updated_by      uuid,
    version         bigint not null
);

create table sub_kit_tagline (
    territory_id    uuid not null references sub_kit (territory_id) on delete cascade,
    language        varchar(8) not null,
    tagline         varchar(160) not null,
    primary key (territory_id, language)
);
