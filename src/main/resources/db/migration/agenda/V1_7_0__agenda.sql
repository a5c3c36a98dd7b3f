-- Shared agenda: events with their recurrence, single-occurrence changes, attachments, invitations and attendees.
-- Wall-clock times are kept with their time zone (start_local/end_local in time_zone), so that a weekly meeting
-- stays at 14:00 across daylight-saving changes; first_start/last_end are instants for range queries.
create table agd_event (
    id                        uuid primary key,
    territory_id              uuid not null references territory (id),
    title                     varchar(200) not null,
    description               varchar(10000),
    time_zone                 varchar(64) not null,
    start_local               timestamp not null,
    end_local                 timestamp not null,
    all_day                   boolean not null,
    location_id               uuid,
    address                   varchar(300),
    online_url                varchar(500),
    organiser_organisation_id uuid,
    category                  varchar(32) not null,
    visibility                varchar(16) not null,
    capacity                  integer,
    rec_frequency             varchar(16),
    rec_interval              integer,
    rec_until                 date,
    rec_count                 integer,
    status                    varchar(16) not null,
    sequence_no               integer not null,
    created_by                uuid,
    created_at                timestamp with time zone not null,
    updated_at                timestamp with time zone not null,
    first_start               timestamp with time zone not null,
    last_end                  timestamp with time zone not null,
    version                   bigint not null
);
create index agd_event_range on agd_event (territory_id, last_end, first_start);
create index agd_event_organiser on agd_event (organiser_organisation_id);

-- One occurrence of a recurring event moved or cancelled; keyed by the occurrence's original wall-clock start.
create table agd_occurrence_change (
    event_id        uuid not null references agd_event (id) on delete cascade,
    original_start  timestamp not null,
    cancelled       boolean not null,
    start_local     timestamp,
    end_local       timestamp,
    sequence_no     integer not null,
    primary key (event_id, original_start)
);

create table agd_event_attachment (
    id          uuid primary key,
    event_id    uuid not null references agd_event (id) on delete cascade,
    file_id     uuid not null,
    file_name   varchar(255) not null,
    added_at    timestamp with time zone not null
);
create index agd_event_attachment_event on agd_event_attachment (event_id);

-- What was invited: an organisation (all its members at the time), a user or an address.
create table agd_invitation (
    id               uuid primary key,
    event_id         uuid not null references agd_event (id) on delete cascade,
    organisation_id  uuid,
    user_id          uuid,
    email            varchar(320),
    invited_by       uuid,
    invited_at       timestamp with time zone not null
);
create index agd_invitation_event on agd_invitation (event_id);

-- Who is invited, one row per person (a user, or an address without account), with the answer and the waiting
-- list: waitlisted_at is set while the person said yes but the event was full.
create table agd_attendee (
    id                 uuid primary key,
    event_id           uuid not null references agd_event (id) on delete cascade,
    user_id            uuid,
    email              varchar(320),
    display_name       varchar(200),
    language           varchar(5),
    response           varchar(16) not null,
    responded_at       timestamp with time zone,
    waitlisted_at      timestamp with time zone,
    rsvp_token_hash    varchar(64),
    invited_at         timestamp with time zone not null,
    reminded_sequence  integer,
    version            bigint not null,
    constraint agd_attendee_user unique (event_id, user_id),
    constraint agd_attendee_email unique (event_id, email)
);
create index agd_attendee_user_idx on agd_attendee (user_id);
create unique index agd_attendee_token on agd_attendee (rsvp_token_hash);
