-- Platform: audit log, personal-data access log, stored files. Portable SQL (H2 in PostgreSQL mode and PostgreSQL).
create table audit_event (
    id            uuid primary key,
    occurred_at   timestamp with time zone not null,
    territory_id  uuid,
    actor_user_id uuid,
    actor_email   varchar(320),
    action        varchar(64) not null,
    target        varchar(500),
    detail        varchar(2000),
    ip_address    varchar(64)
);
create index audit_event_territory_idx on audit_event (territory_id, occurred_at);

create table personal_data_access (
    id            uuid primary key,
    occurred_at   timestamp with time zone not null,
    territory_id  uuid,
    actor_user_id uuid not null,
    actor_email   varchar(320) not null,
    subject_type  varchar(64) not null,
    subject_id    uuid not null,
    what          varchar(200) not null,
    ip_address    varchar(64)
);
create index personal_data_access_territory_idx on personal_data_access (territory_id, occurred_at);
create index personal_data_access_subject_idx on personal_data_access (subject_type, subject_id);

create table stored_file (
    id            uuid primary key,
    territory_id  uuid,
    uploaded_by   uuid,
    original_name varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint not null,
    sha256        varchar(64) not null,
    public_file   boolean not null,
    created_at    timestamp with time zone not null
);
