-- People: the only place a beneficiary's identity is stored, with the consents they gave to share their data.
create table ppl_beneficiary (
    id                  uuid primary key,
    territory_id        uuid not null references territory (id),
    first_name          varchar(100),
    last_name           varchar(100),
    pseudonym           boolean not null default false,
    name_key            varchar(220) not null,
    birth_date          date,
    birth_year          integer,
    postal_code         varchar(10),
    commune_code        varchar(10),
    phone               varchar(40),
    phone_key           varchar(40),
    email               varchar(200),
    languages           varchar(200),
    contact_preference  varchar(16) not null,
    situations          varchar(1000),
    max_distance_km     integer,
    remote_ok           boolean not null default false,
    notes               varchar(4000),
    created_at          timestamp with time zone not null,
    created_by          uuid,
    last_activity_at    timestamp with time zone not null,
    anonymised_at       timestamp with time zone
);
create index ppl_beneficiary_name on ppl_beneficiary (territory_id, name_key);
create index ppl_beneficiary_phone on ppl_beneficiary (territory_id, phone_key);
create index ppl_beneficiary_activity on ppl_beneficiary (last_activity_at);

create table ppl_consent (
    id              uuid primary key,
    territory_id    uuid not null references territory (id),
    beneficiary_id  uuid not null references ppl_beneficiary (id) on delete cascade,
    purpose         varchar(200) not null,
    method          varchar(16) not null,
    given_at        timestamp with time zone not null,
    recorded_by     uuid,
    withdrawn_at    timestamp with time zone,
    withdrawn_by    uuid
);
create index ppl_consent_beneficiary on ppl_consent (beneficiary_id);
