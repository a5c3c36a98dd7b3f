-- Appointment booking: an organisation's bookable schedules (weekly wall-clock rules in the territory's time zone,
-- never stored slot by slot), their closed dates, and the appointments booked on them. A slot is held by the
-- unique active_key of its appointment (schedule and slot start); cancelling clears the key, freeing the slot.

create table agd_booking_schedule (
    id uuid primary key,
    territory_id uuid not null,
    organisation_id uuid not null,
    location_id uuid,
    title varchar(200) not null,
    weekdays varchar(100) not null,
    start_time time not null,
    end_time time not null,
    slot_minutes integer not null,
    valid_from date not null,
    valid_until date,
    public_booking boolean not null,
    active boolean not null,
    created_by uuid,
    created_at timestamp with time zone not null,
    version bigint not null
);

create index agd_booking_schedule_territory on agd_booking_schedule (territory_id, organisation_id);

create table agd_booking_closure (
    id uuid primary key,
    schedule_id uuid not null references agd_booking_schedule (id),
    closed_on date not null,
    constraint agd_booking_closure_day unique (schedule_id, closed_on)
);

create table agd_appointment (
    id uuid primary key,
    territory_id uuid not null,
    organisation_id uuid not null,
    schedule_id uuid not null references agd_booking_schedule (id),
    slot_start timestamp with time zone not null,
    slot_end timestamp with time zone not null,
    status varchar(20) not null,
    active_key varchar(80),
    reference varchar(20) not null,
    cancel_token varchar(64) not null,
    beneficiary_id uuid,
    contact_name varchar(200),
    contact_phone varchar(40),
    contact_email varchar(254),
    language varchar(5) not null,
    booked_by uuid,
    booked_at timestamp with time zone not null,
    reminder_sent_at timestamp with time zone,
    version bigint not null,
    constraint agd_appointment_active_slot unique (active_key),
    constraint agd_appointment_reference unique (reference),
    constraint agd_appointment_token unique (cancel_token)
);

create index agd_appointment_schedule on agd_appointment (schedule_id, slot_start);
create index agd_appointment_organisation on agd_appointment (organisation_id, slot_start);
create index agd_appointment_person on agd_appointment (beneficiary_id);

create table agd_appointment_transition (
    id uuid primary key,
    appointment_id uuid not null references agd_appointment (id),
    from_status varchar(20),
    to_status varchar(20) not null,
    at timestamp with time zone not null,
    by_user uuid
);

create index agd_appointment_transition_appointment on agd_appointment_transition (appointment_id);
