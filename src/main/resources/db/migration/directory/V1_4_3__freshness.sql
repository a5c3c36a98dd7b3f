-- Freshness: one-click confirmation links (signed, single-use, expiring) and the key that signs them when no
-- RELAIS_SECRET is configured (generated once, shared by every node through the database).
create table dir_freshness_link (
    id           uuid primary key,
    user_id      uuid not null references app_user (id) on delete cascade,
    campaign_id  uuid references dir_verification_campaign (id) on delete cascade,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone
);
create index dir_freshness_link_campaign on dir_freshness_link (campaign_id);

create table dir_freshness_link_service (
    link_id    uuid not null references dir_freshness_link (id) on delete cascade,
    service_id uuid not null references dir_service (id) on delete cascade,
    primary key (link_id, service_id)
);

create table dir_freshness_key (
    name       varchar(40) primary key,
    secret     varchar(100) not null,
    created_at timestamp with time zone not null
);
