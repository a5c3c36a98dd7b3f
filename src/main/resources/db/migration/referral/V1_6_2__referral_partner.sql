-- The partner side of referrals: signed links for organisations without an account, the key that signs them,
-- and each territory's settings of the referral jobs (reminders, expiry, attachment retention).
create table ref_magic_link (
    id              uuid primary key,
    referral_id     uuid not null references ref_referral (id) on delete cascade,
    organisation_id uuid not null,
    token_hash      varchar(64) not null,
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    revoked_at      timestamp with time zone
);
create index ref_magic_link_referral on ref_magic_link (referral_id, created_at);

create table ref_link_key (
    name            varchar(64) primary key,
    secret          varchar(100) not null,
    created_at      timestamp with time zone not null
);

create table ref_settings (
    territory_id                uuid primary key references territory (id),
    reminder_days               integer not null,
    expiry_days                 integer not null,
    attachment_retention_months integer not null,
    updated_at                  timestamp with time zone not null,
    updated_by                  uuid
);
