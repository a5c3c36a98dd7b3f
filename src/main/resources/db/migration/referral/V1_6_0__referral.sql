-- Referrals (orientations): a person sent by an agent to a service of a receiving organisation, its liaison form
-- answers, the history of its states and its attachments. The person's identity stays in people (ppl_beneficiary):
-- a referral keeps the person's id and which fields were shared, never their values.
create table ref_referral (
    id                      uuid primary key,
    territory_id            uuid not null references territory (id),
    beneficiary_id          uuid not null,
    service_id              uuid not null,
    service_names           varchar(2000),
    organisation_id         uuid not null,
    organisation_name       varchar(300),
    sent_by                 uuid,
    sender_name             varchar(200),
    sender_organisation_id  uuid,
    sender_role             varchar(32),
    status                  varchar(16) not null,
    reason                  varchar(4000),
    preferred_contact       varchar(16),
    availability            varchar(1000),
    answers                 varchar(20000),
    shared_fields           varchar(500),
    justification           varchar(2000),
    exclusion_codes         varchar(500),
    consent_id              uuid,
    idempotency_key         varchar(64) not null,
    refusal_reason          varchar(32),
    outcome                 varchar(16),
    sent_at                 timestamp with time zone not null,
    last_change_at          timestamp with time zone not null,
    answered_at             timestamp with time zone,
    closed_at               timestamp with time zone,
    next_reminder_at        timestamp with time zone,
    reminders_sent          integer not null default 0,
    version                 bigint not null default 0,
    constraint ref_referral_idempotency unique (territory_id, idempotency_key)
);
create index ref_referral_person on ref_referral (territory_id, beneficiary_id);
create index ref_referral_organisation on ref_referral (organisation_id, status);
create index ref_referral_reminder on ref_referral (status, next_reminder_at);

create table ref_referral_transition (
    id              uuid primary key,
    referral_id     uuid not null references ref_referral (id) on delete cascade,
    from_status     varchar(16),
    to_status       varchar(16) not null,
    actor_id        uuid,
    actor_name      varchar(200),
    reason_code     varchar(32),
    message         varchar(2000),
    at              timestamp with time zone not null
);
create index ref_referral_transition_referral on ref_referral_transition (referral_id, at);

create table ref_referral_attachment (
    id              uuid primary key,
    referral_id     uuid not null references ref_referral (id) on delete cascade,
    file_id         uuid,
    name            varchar(200) not null,
    content_type    varchar(100) not null,
    size_bytes      bigint not null,
    uploaded_at     timestamp with time zone not null,
    uploaded_by     uuid,
    deleted_at      timestamp with time zone
);
create index ref_referral_attachment_referral on ref_referral_attachment (referral_id);
create index ref_referral_attachment_file on ref_referral_attachment (file_id);
