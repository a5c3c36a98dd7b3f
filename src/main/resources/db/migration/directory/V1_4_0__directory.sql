-- The partner directory: organisations, services, locations and hours, members, history, freshness campaigns.
create table dir_organisation (
    id               uuid primary key,
    territory_id     uuid not null references territory (id) on delete cascade,
    name_fr          varchar(300),
    name_de          varchar(300),
    name_it          varchar(300),
    name_en          varchar(300),
    description_fr   varchar(8000),
    description_de   varchar(8000),
    description_it   varchar(8000),
    description_en   varchar(8000),
    legal_id         varchar(40),
    legal_id_scheme  varchar(16),
    kind             varchar(32) not null,
    parent_id        uuid references dir_organisation (id),
    logo_file_id     uuid,
    website          varchar(500),
    email            varchar(254),
    phone            varchar(40),
    work_territories varchar(2000),
    status           varchar(16) not null,
    source           varchar(100),
    external_id      varchar(200),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint not null
);
create index dir_organisation_territory_idx on dir_organisation (territory_id);
create unique index dir_organisation_external_idx on dir_organisation (territory_id, source, external_id);

create table dir_organisation_member (
    id              uuid primary key,
    organisation_id uuid not null references dir_organisation (id) on delete cascade,
    user_id         uuid not null references app_user (id) on delete cascade,
    role            varchar(16) not null,
    status          varchar(16) not null,
    requested_at    timestamp with time zone not null,
    decided_at      timestamp with time zone,
    decided_by      uuid,
    unique (organisation_id, user_id)
);
create index dir_organisation_member_user_idx on dir_organisation_member (user_id);

create table dir_location (
    id                 uuid primary key,
    territory_id       uuid not null references territory (id) on delete cascade,
    organisation_id    uuid not null references dir_organisation (id) on delete cascade,
    name               varchar(300),
    address            varchar(300),
    postal_code        varchar(16),
    city               varchar(120),
    area_code          varchar(32),
    country            varchar(2) not null,
    latitude           double precision,
    longitude          double precision,
    access_notes       varchar(1000),
    closed_on_holidays boolean not null,
    temporary_message  varchar(500),
    source             varchar(100),
    external_id        varchar(200),
    updated_at         timestamp with time zone not null,
    version            bigint not null
);
create index dir_location_organisation_idx on dir_location (organisation_id);
create unique index dir_location_external_idx on dir_location (territory_id, source, external_id);

create table dir_location_slot (
    location_id uuid not null references dir_location (id) on delete cascade,
    position    integer not null,
    day_of_week varchar(9) not null,
    opens_at    time not null,
    closes_at   time not null,
    primary key (location_id, position)
);

create table dir_location_exception (
    location_id uuid not null references dir_location (id) on delete cascade,
    position    integer not null,
    valid_from  date not null,
    valid_to    date not null,
    closed      boolean not null,
    opens_at    time,
    closes_at   time,
    note        varchar(300),
    primary key (location_id, position)
);

create table dir_service (
    id                     uuid primary key,
    territory_id           uuid not null references territory (id) on delete cascade,
    organisation_id        uuid not null references dir_organisation (id) on delete cascade,
    name_fr                varchar(300),
    name_de                varchar(300),
    name_it                varchar(300),
    name_en                varchar(300),
    summary_fr             varchar(500),
    summary_de             varchar(500),
    summary_it             varchar(500),
    summary_en             varchar(500),
    description_fr         varchar(8000),
    description_de         varchar(8000),
    description_it         varchar(8000),
    description_en         varchar(8000),
    needs                  varchar(2000),
    service_types          varchar(500),
    publics                varchar(1000),
    publics_reserved       boolean not null,
    min_age                integer,
    max_age                integer,
    zone_whole_territory   boolean not null,
    zone_areas             varchar(4000),
    prerequisites          varchar(1000),
    prerequisites_other    varchar(2000),
    documents              varchar(1000),
    documents_other        varchar(2000),
    fees_free              boolean,
    fees_details           varchar(1000),
    mobilisation           varchar(500),
    mobilisers             varchar(200),
    mobilisation_link      varchar(500),
    email                  varchar(254),
    phone                  varchar(40),
    reception_modes        varchar(100),
    languages              varchar(300),
    accessibility          varchar(300),
    contact_name           varchar(200),
    contact_email          varchar(254),
    contact_phone          varchar(40),
    contact_public         boolean not null,
    status                 varchar(24) not null,
    closed_until           date,
    saturation_level       varchar(16) not null,
    places_available       integer,
    places_maximum         integer,
    places_unit            varchar(40),
    saturation_set_by      uuid,
    saturation_set_by_name varchar(200),
    saturation_set_at      timestamp with time zone,
    verification_months    integer not null,
    assured_at             timestamp with time zone,
    assured_by             uuid,
    assured_by_name        varchar(200),
    verify_by              timestamp with time zone,
    source                 varchar(100),
    external_id            varchar(200),
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    version                bigint not null,
    constraint dir_service_age_range check (min_age is null or max_age is null or min_age <= max_age)
);
create index dir_service_organisation_idx on dir_service (organisation_id);
create index dir_service_territory_status_idx on dir_service (territory_id, status);
create index dir_service_updated_idx on dir_service (updated_at);
create unique index dir_service_external_idx on dir_service (territory_id, source, external_id);

create table dir_service_location (
    service_id  uuid not null references dir_service (id) on delete cascade,
    location_id uuid not null references dir_location (id) on delete cascade,
    primary key (service_id, location_id)
);
create index dir_service_location_location_idx on dir_service_location (location_id);

create table dir_liaison_question (
    service_id uuid not null references dir_service (id) on delete cascade,
    position   integer not null,
    label      varchar(300) not null,
    type       varchar(16) not null,
    choices    varchar(2000),
    required   boolean not null,
    primary key (service_id, position)
);

create table dir_field_change (
    id                uuid primary key,
    territory_id      uuid not null references territory (id) on delete cascade,
    resource_type     varchar(32) not null,
    resource_id       uuid not null,
    action_type       varchar(16) not null,
    field_name        varchar(64) not null,
    previous_value    varchar(8000),
    replacement_value varchar(8000),
    changed_by        uuid,
    changed_by_name   varchar(200) not null,
    source            varchar(16) not null,
    changed_at        timestamp with time zone not null
);
create index dir_field_change_resource_idx on dir_field_change (resource_id, changed_at);

create table dir_extra_term (
    id          uuid primary key,
    taxonomy    varchar(16) not null,
    code        varchar(120) not null unique,
    parent_code varchar(120),
    label_fr    varchar(200),
    label_de    varchar(200),
    label_it    varchar(200),
    label_en    varchar(200)
);

create table dir_verification_campaign (
    id           uuid primary key,
    territory_id uuid not null references territory (id) on delete cascade,
    started_at   timestamp with time zone not null,
    started_by   uuid not null,
    deadline     date not null,
    message      varchar(1000)
);

-- One freshness reminder per editor and month, whatever the number of nodes or restarts.
create table dir_freshness_reminder (
    user_id  uuid not null references app_user (id) on delete cascade,
    period   varchar(7) not null,
    sent_at  timestamp with time zone not null,
    primary key (user_id, period)
);
