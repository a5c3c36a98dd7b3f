-- Find-a-slot polls (issue 6): an organiser proposes slots, invitees answer yes / if need be / no through a
-- personal link (only the token's hash is kept), one reminder to those who have not answered, and the organiser
-- closes the poll by turning one slot into an event of the shared agenda.
create table agd_poll (
    id                 uuid primary key,
    territory_id       uuid not null references territory (id),
    organiser_user_id  uuid not null,
    organiser_name     varchar(200) not null,
    title              varchar(200) not null,
    description        varchar(5000),
    place              varchar(300),
    location_id        uuid,
    zone_id            varchar(64) not null,
    status             varchar(16) not null,
    created_at         timestamp with time zone not null,
    all_answered_at    timestamp with time zone,
    closed_at          timestamp with time zone,
    chosen_slot_id     uuid,
    event_id           uuid
);
create index agd_poll_territory on agd_poll (territory_id, organiser_user_id);

create table agd_poll_slot (
    id          uuid primary key,
    poll_id     uuid not null references agd_poll (id) on delete cascade,
    starts_at   timestamp with time zone not null,
    ends_at     timestamp with time zone not null
);
create index agd_poll_slot_poll on agd_poll_slot (poll_id, starts_at);

create table agd_poll_invitee (
    id                   uuid primary key,
    poll_id              uuid not null references agd_poll (id) on delete cascade,
    user_id              uuid,
    email                varchar(320) not null,
    display_name         varchar(200) not null,
    language             varchar(8) not null,
    token_hash           varchar(64) not null unique,
    reminder_token_hash  varchar(64) unique,
    invited_at           timestamp with time zone not null,
    reminded_at          timestamp with time zone,
    answered_at          timestamp with time zone
);
create index agd_poll_invitee_poll on agd_poll_invitee (poll_id);
create index agd_poll_invitee_user on agd_poll_invitee (user_id);

create table agd_poll_answer (
    invitee_id  uuid not null references agd_poll_invitee (id) on delete cascade,
    slot_id     uuid not null references agd_poll_slot (id) on delete cascade,
    choice      varchar(16) not null,
    primary key (invitee_id, slot_id)
);
