-- Associations' news (public or for the territory's members) and carpooling to the agenda's events: drivers' seat
-- offers, participants' seat requests and, once confirmed, the seat taken in an offer.

create table ma_news (
    id                  uuid primary key,
    territory_id        uuid not null references territory (id),
    organisation_id     uuid not null,
    title               varchar(200) not null,
    body                varchar(5000) not null,
    image_file_id       uuid,
    published_on        date not null,
    visibility          varchar(16) not null,
    created_by          uuid,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null
);
create index ma_news_territory on ma_news (territory_id, visibility, published_on);
create index ma_news_organisation on ma_news (organisation_id);

-- A driver's seats to an event (the agenda's event, by id), from the centre of a commune.
create table ma_carpool_offer (
    id                  uuid primary key,
    territory_id        uuid not null references territory (id),
    event_id            uuid not null,
    volunteer_id        uuid not null references ma_volunteer (id) on delete cascade,
    commune_code        varchar(32) not null,
    departure_at        timestamp with time zone not null,
    seats               integer not null,
    seats_taken         integer not null,
    detour_percent      integer not null,
    status              varchar(16) not null,
    created_at          timestamp with time zone not null,
    version             bigint not null
);
create index ma_carpool_offer_event on ma_carpool_offer (territory_id, event_id, status);
create index ma_carpool_offer_volunteer on ma_carpool_offer (volunteer_id);

-- A participant's request for a seat: a user of the territory for themself, or a person (people module, by id)
-- asked for by the desk. Confirmed: the offer it rides in.
create table ma_carpool_seat (
    id                  uuid primary key,
    territory_id        uuid not null references territory (id),
    event_id            uuid not null,
    user_id             uuid,
    person_id           uuid,
    commune_code        varchar(32) not null,
    offer_id            uuid references ma_carpool_offer (id),
    status              varchar(16) not null,
    requested_by        uuid,
    created_at          timestamp with time zone not null,
    confirmed_at        timestamp with time zone,
    version             bigint not null
);
create index ma_carpool_seat_event on ma_carpool_seat (territory_id, event_id, status);
create index ma_carpool_seat_user on ma_carpool_seat (user_id);
create index ma_carpool_seat_person on ma_carpool_seat (person_id);
create index ma_carpool_seat_offer on ma_carpool_seat (offer_id);
