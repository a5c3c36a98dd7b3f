-- Mutual aid core: settings per territory, volunteers and their absences, the versioned charter and its signatures,
-- proof types and documents, associations' profiles, action requests and each volunteer's part in them.
-- Carpooling, meetings, news and concerns come in their own migrations.

create table ma_settings (
    territory_id              uuid primary key references territory (id),
    two_person_home_visits    boolean not null,
    dispatch_top_n            integer not null,
    acceptance_delay_hours    integer not null,
    meeting_interval_months   integer not null,
    concerns_to_partner       boolean not null,
    updated_at                timestamp with time zone not null,
    updated_by                uuid,
    version                   bigint not null
);

create table ma_volunteer (
    id                      uuid primary key,
    territory_id            uuid not null references territory (id),
    user_id                 uuid,
    first_name              varchar(100) not null,
    last_name               varchar(100) not null,
    phone                   varchar(40),
    email                   varchar(254) not null,
    language                varchar(8) not null,
    street_address          varchar(300),
    postal_code             varchar(16),
    commune_code            varchar(32),
    latitude                double precision,
    longitude               double precision,
    availability            varchar(400) not null,
    action_types            varchar(200) not null,
    has_car                 boolean not null,
    max_distance_km         integer not null,
    status                  varchar(16) not null,
    status_note             varchar(1000),
    status_changed_at       timestamp with time zone not null,
    vouching_organisation_id uuid,
    vouched_at              timestamp with time zone,
    created_at              timestamp with time zone not null,
    version                 bigint not null
);
create unique index ma_volunteer_email on ma_volunteer (territory_id, email);
create index ma_volunteer_user on ma_volunteer (user_id);
create index ma_volunteer_status on ma_volunteer (territory_id, status);

create table ma_volunteer_absence (
    id              uuid primary key,
    volunteer_id    uuid not null references ma_volunteer (id) on delete cascade,
    from_date       date not null,
    until_date      date not null
);
create index ma_volunteer_absence_volunteer on ma_volunteer_absence (volunteer_id);

-- A charter version is immutable once published; texts per language.
create table ma_charter (
    id              uuid primary key,
    territory_id    uuid not null references territory (id),
    version_number  integer not null,
    published_at    timestamp with time zone not null,
    published_by    uuid
);
create unique index ma_charter_version on ma_charter (territory_id, version_number);

create table ma_charter_text (
    charter_id      uuid not null references ma_charter (id) on delete cascade,
    language        varchar(8) not null,
    body            text not null,
    primary key (charter_id, language)
);

create table ma_charter_signature (
    id              uuid primary key,
    volunteer_id    uuid not null references ma_volunteer (id) on delete cascade,
    charter_id      uuid not null references ma_charter (id),
    version_number  integer not null,
    language        varchar(8) not null,
    signed_at       timestamp with time zone not null
);
create unique index ma_charter_signature_once on ma_charter_signature (volunteer_id, charter_id);

-- The documents a territory asks for. Without rows, the defaults apply (civil liability insurance for every action,
-- driving licence and car insurance for driving actions); the first change writes the whole set.
create table ma_proof_type (
    id              uuid primary key,
    territory_id    uuid not null references territory (id),
    code            varchar(40) not null,
    name            varchar(200),
    action_types    varchar(200) not null,
    required        boolean not null,
    active          boolean not null,
    sort_order      integer not null
);
create unique index ma_proof_type_code on ma_proof_type (territory_id, code);

create table ma_proof (
    id                  uuid primary key,
    territory_id        uuid not null references territory (id),
    volunteer_id        uuid not null references ma_volunteer (id) on delete cascade,
    proof_code          varchar(40) not null,
    file_id             uuid not null,
    file_name           varchar(255) not null,
    expires_on          date,
    status              varchar(16) not null,
    rejection_reason    varchar(1000),
    verified_by         uuid,
    verified_at         timestamp with time zone,
    uploaded_at         timestamp with time zone not null,
    reminder_sent_at    timestamp with time zone
);
create index ma_proof_volunteer on ma_proof (volunteer_id, proof_code);
create index ma_proof_expiry on ma_proof (territory_id, status, expires_on);

-- An association of the directory taking part in mutual aid: the action types it answers.
create table ma_association (
    organisation_id uuid primary key,
    territory_id    uuid not null references territory (id),
    action_types    varchar(200) not null,
    active          boolean not null,
    updated_at      timestamp with time zone not null,
    updated_by      uuid
);
create index ma_association_territory on ma_association (territory_id);

create table ma_action_request (
    id                      uuid primary key,
    territory_id            uuid not null references territory (id),
    desk_request_id         uuid,
    reference               varchar(32) not null,
    person_id               uuid not null,
    action_type             varchar(24) not null,
    when_kind               varchar(16) not null,
    on_date                 date,
    day_part                varchar(16),
    exact_time              time,
    repeat_until            date,
    place                   varchar(500),
    notes                   varchar(2000),
    two_person              boolean not null,
    status                  varchar(16) not null,
    source                  varchar(16) not null,
    signalled_by_organisation_id uuid,
    created_by              uuid,
    created_at              timestamp with time zone not null,
    dispatched_at           timestamp with time zone,
    dispatch_round          integer not null,
    accepted_at             timestamp with time zone,
    done_at                 timestamp with time zone,
    cancel_reason           varchar(1000),
    version                 bigint not null
);
create unique index ma_action_request_reference on ma_action_request (territory_id, reference);
create index ma_action_request_status on ma_action_request (territory_id, status);
create index ma_action_request_person on ma_action_request (person_id);
create index ma_action_request_desk on ma_action_request (desk_request_id);

create table ma_assignment (
    id                  uuid primary key,
    request_id          uuid not null references ma_action_request (id) on delete cascade,
    volunteer_id        uuid not null references ma_volunteer (id),
    association_id      uuid,
    status              varchar(16) not null,
    offered_at          timestamp with time zone not null,
    responded_at        timestamp with time zone,
    reminder_sent_at    timestamp with time zone,
    cancel_reason       varchar(1000),
    report              varchar(4000),
    minutes_spent       integer,
    done_at             timestamp with time zone
);
create unique index ma_assignment_once on ma_assignment (request_id, volunteer_id);
create index ma_assignment_volunteer on ma_assignment (volunteer_id, status);
