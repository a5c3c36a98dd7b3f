-- Territories (tenants), their reference areas, users, memberships and the tokens of account life.
create table territory (
    id                       uuid primary key,
    slug                     varchar(64) not null unique,
    country                  varchar(2) not null,
    official_code            varchar(32),
    code_system              varchar(16),
    kind                     varchar(32) not null,
    population               integer,
    default_language         varchar(2) not null,
    languages                varchar(32) not null,
    time_zone                varchar(64) not null,
    staff_two_factor_required boolean not null default false,
    logo_file_id             uuid,
    created_at               timestamp with time zone not null
);

create table territory_name (
    territory_id uuid not null references territory (id) on delete cascade,
    language     varchar(2) not null,
    name         varchar(200) not null,
    primary key (territory_id, language)
);

create table reference_area (
    id           uuid primary key,
    territory_id uuid not null references territory (id) on delete cascade,
    parent_id    uuid references reference_area (id),
    kind         varchar(32) not null,
    code         varchar(32),
    name         varchar(200) not null,
    postal_codes varchar(500),
    latitude     double precision,
    longitude    double precision,
    population   integer
);
create index reference_area_territory_idx on reference_area (territory_id);

create table app_user (
    id                  uuid primary key,
    email               varchar(320) not null unique,
    display_name        varchar(200) not null,
    password_hash       varchar(255),
    language            varchar(2) not null,
    enabled             boolean not null,
    platform_admin      boolean not null default false,
    totp_secret         varchar(64),
    totp_enabled        boolean not null default false,
    totp_last_step      bigint,
    security_stamp      bigint not null default 0,
    created_at          timestamp with time zone not null,
    last_login_at       timestamp with time zone
);

create table membership (
    id           uuid primary key,
    user_id      uuid not null references app_user (id) on delete cascade,
    territory_id uuid not null references territory (id) on delete cascade,
    role         varchar(32) not null,
    granted_at   timestamp with time zone not null,
    constraint membership_unique unique (user_id, territory_id, role)
);
create index membership_territory_idx on membership (territory_id);

create table invitation (
    id           uuid primary key,
    territory_id uuid not null references territory (id) on delete cascade,
    email        varchar(320) not null,
    display_name varchar(200) not null,
    roles        varchar(200) not null,
    language     varchar(2) not null,
    token_hash   varchar(64) not null unique,
    invited_by   uuid,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    accepted_at  timestamp with time zone
);

create table password_reset (
    id          uuid primary key,
    user_id     uuid not null references app_user (id) on delete cascade,
    token_hash  varchar(64) not null unique,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);

create table api_token (
    id           uuid primary key,
    user_id      uuid not null references app_user (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64) not null unique,
    prefix       varchar(12) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);

create table recovery_code (
    id        uuid primary key,
    user_id   uuid not null references app_user (id) on delete cascade,
    code_hash varchar(64) not null,
    used_at   timestamp with time zone
);
create index recovery_code_user_idx on recovery_code (user_id);
