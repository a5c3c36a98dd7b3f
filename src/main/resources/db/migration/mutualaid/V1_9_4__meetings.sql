-- Volunteer meetings: each one an event of the agenda (the invitations and answers live there), held on a date;
-- attendance per active volunteer and per association; when the coordinators were last reminded that one is due.

create table ma_meeting (
    id              uuid primary key,
    territory_id    uuid not null references territory (id),
    event_id        uuid not null,
    title           varchar(200) not null,
    held_on         date not null,
    starts_at       timestamp with time zone not null,
    facilitator_note varchar(2000),
    created_by      uuid,
    created_at      timestamp with time zone not null
);
create index ma_meeting_territory on ma_meeting (territory_id, held_on);

create table ma_meeting_attendance (
    id              uuid primary key,
    meeting_id      uuid not null references ma_meeting (id) on delete cascade,
    volunteer_id    uuid references ma_volunteer (id) on delete cascade,
    organisation_id uuid,
    presence        varchar(16) not null,
    recorded_by     uuid,
    recorded_at     timestamp with time zone not null
);
create unique index ma_meeting_attendance_volunteer on ma_meeting_attendance (meeting_id, volunteer_id);
create unique index ma_meeting_attendance_organisation on ma_meeting_attendance (meeting_id, organisation_id);

create table ma_meeting_reminder (
    territory_id    uuid primary key references territory (id),
    reminded_at     timestamp with time zone not null
);
