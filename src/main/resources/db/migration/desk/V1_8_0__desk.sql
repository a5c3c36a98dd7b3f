-- The single desk: every request that comes in (phone, counter, mail, public web form, partner), its history.

create table dsk_request (
    id                  uuid primary key,
    territory_id        uuid not null references territory (id),
    reference           varchar(16) not null,
    type_code           varchar(40),
    person_id           uuid,
    channel             varchar(16) not null,
    status              varchar(16) not null,
    assignee_id         uuid,
    due_date            date not null,
    detail_link         varchar(500),
    summary             varchar(2000),
    wanted_type         varchar(40),
    contact_name        varchar(200),
    contact_phone       varchar(40),
    contact_email       varchar(254),
    contact_postal_code varchar(10),
    contact_message     varchar(2000),
    contact_language    varchar(8),
    created_at          timestamp with time zone not null,
    created_by          uuid,
    updated_at          timestamp with time zone not null,
    closed_at           timestamp with time zone,
    version             bigint not null
);
create unique index dsk_request_reference on dsk_request (territory_id, reference);
create index dsk_request_queue on dsk_request (territory_id, status, due_date);
create index dsk_request_person on dsk_request (person_id);

-- One line per change of a request: created, status changed, assigned, due date moved, note, triaged, progress.
create table dsk_request_event (
    id          uuid primary key,
    request_id  uuid not null references dsk_request (id) on delete cascade,
    at          timestamp with time zone not null,
    by_user     uuid,
    kind        varchar(16) not null,
    status      varchar(16),
    note        varchar(2000),
    note_key    varchar(200),
    note_args   varchar(1000)
);
create index dsk_request_event_request on dsk_request_event (request_id, at);
