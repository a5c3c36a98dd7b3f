-- Device stock: donations (who gave what, for the receipt), data erasure records (for the donor's certificate)
-- and the counters that number asset tags, donations and certificates.

create table dev_donation (
    id              uuid primary key,
    territory_id    uuid not null references territory (id),
    reference       varchar(32) not null,
    donor_kind      varchar(16) not null,
    donor_name      varchar(200) not null,
    contact_email   varchar(254),
    contact_phone   varchar(40),
    donor_language  varchar(2) not null,
    received_on     date not null,
    notes           varchar(2000),
    created_at      timestamp with time zone not null,
    created_by      uuid,
    contact_cleared_at timestamp with time zone,
    version         bigint not null
);
create unique index dev_donation_reference on dev_donation (reference);
create index dev_donation_territory on dev_donation (territory_id, received_on);
create index dev_device_donation on dev_device (donation_id);

-- One erasure record per device; its certificate number is given once.
create table dev_erasure (
    id                  uuid primary key,
    device_id           uuid not null references dev_device (id) on delete cascade,
    certificate_number  varchar(32) not null,
    method              varchar(24) not null,
    passes              integer,
    tool                varchar(100) not null,
    erased_on           date not null,
    operator_name       varchar(120) not null,
    verified            boolean not null,
    verified_by         varchar(120),
    notes               varchar(2000),
    recorded_at         timestamp with time zone not null,
    recorded_by         uuid,
    updated_at          timestamp with time zone not null,
    updated_by          uuid,
    version             bigint not null
);
create unique index dev_erasure_device on dev_erasure (device_id);
create unique index dev_erasure_certificate on dev_erasure (certificate_number);

-- Counters: one row per series (e.g. "ZH-26" for asset tags, "ZH-26-D" for donations), locked while a number is taken.
create table dev_sequence (
    name        varchar(40) primary key,
    last_value  integer not null
);
