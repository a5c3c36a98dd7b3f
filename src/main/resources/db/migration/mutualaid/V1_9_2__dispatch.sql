-- Dispatch of action requests: each request's history (taken, dispatched, offered, accepted, declined, cancelled,
-- withdrawn, unanswered, reported, concerns) and the volunteers' wellbeing concerns about the person.

create table ma_dispatch_log (
    id              uuid primary key,
    request_id      uuid not null references ma_action_request (id) on delete cascade,
    at              timestamp with time zone not null,
    kind            varchar(24) not null,
    status          varchar(16),
    volunteer_id    uuid,
    by_user         uuid,
    note            varchar(1000)
);
create index ma_dispatch_log_request on ma_dispatch_log (request_id, at);

create table ma_concern (
    id              uuid primary key,
    territory_id    uuid not null references territory (id),
    request_id      uuid not null references ma_action_request (id) on delete cascade,
    volunteer_id    uuid not null references ma_volunteer (id),
    level           varchar(16) not null,
    body            varchar(2000),
    created_at      timestamp with time zone not null
);
create index ma_concern_request on ma_concern (request_id);
create index ma_concern_territory on ma_concern (territory_id, created_at);

-- Where the person of a request lives, as coarsely as the dispatch needs (postal and commune code, read once when the
-- request is taken): offers, reminders and the volunteers' pages name the commune without reading the person again.
create table ma_action_place (
    request_id      uuid primary key references ma_action_request (id) on delete cascade,
    postal_code     varchar(16),
    commune_code    varchar(32)
);
