-- Device programme core: settings per territory, device requests and their steps, orders, devices and their
-- recorded transitions. Donations, erasure records, routing rules and shipments come in their own migrations.

-- One row per territory that runs the programme: the contribution asked per device, routing mode, shipment cadence.
create table dev_settings (
    territory_id        uuid primary key references territory (id),
    device_price        numeric(10, 2) not null,
    currency            varchar(3) not null,
    auto_route          boolean not null,
    cadence_weeks       integer not null,
    cutoff_weekday      integer not null,
    cadence_anchor      date not null,
    updated_at          timestamp with time zone not null,
    updated_by          uuid,
    version             bigint not null
);

create table dev_request (
    id                      uuid primary key,
    territory_id            uuid not null references territory (id),
    desk_request_id         uuid,
    reference               varchar(32) not null,
    person_id               uuid not null,
    category                varchar(24) not null,
    status                  varchar(16) not null,
    partner_organisation_id uuid,
    auto_routed             boolean not null,
    routed_at               timestamp with time zone,
    justification           varchar(2000),
    decline_reason          varchar(2000),
    decided_at              timestamp with time zone,
    decided_by              uuid,
    note                    varchar(2000),
    created_at              timestamp with time zone not null,
    created_by              uuid,
    closed_at               timestamp with time zone,
    version                 bigint not null
);
create unique index dev_request_reference on dev_request (territory_id, reference);
create index dev_request_partner on dev_request (partner_organisation_id, status);
create index dev_request_person on dev_request (person_id);
create index dev_request_desk on dev_request (desk_request_id);

-- Every status change of a request: the pathway and the lead-time figures read it.
create table dev_request_step (
    id              uuid primary key,
    request_id      uuid not null references dev_request (id) on delete cascade,
    status          varchar(16) not null,
    at              timestamp with time zone not null,
    by_user         uuid,
    organisation_id uuid,
    note            varchar(2000)
);
create index dev_request_step_request on dev_request_step (request_id, at);

create table dev_order (
    id                      uuid primary key,
    territory_id            uuid not null references territory (id),
    request_id              uuid not null references dev_request (id),
    partner_organisation_id uuid not null,
    device_type             varchar(16) not null,
    keyboard_layout         varchar(8),
    quantity                integer not null,
    accessories             varchar(300),
    financing               varchar(16) not null,
    unit_price              numeric(10, 2) not null,
    currency                varchar(3) not null,
    delivery_address        varchar(500) not null,
    status                  varchar(16) not null,
    ordered_at              timestamp with time zone not null,
    ordered_by              uuid,
    batch_id                uuid,
    version                 bigint not null
);
create index dev_order_territory on dev_order (territory_id, status, ordered_at);
create index dev_order_request on dev_order (request_id);

create table dev_device (
    id              uuid primary key,
    territory_id    uuid not null references territory (id),
    asset_tag       varchar(32) not null,
    device_type     varchar(16) not null,
    brand           varchar(100) not null,
    model           varchar(200) not null,
    serial_number   varchar(100) not null,
    cpu             varchar(200),
    ram_gb          integer,
    storage_gb      integer,
    keyboard_layout varchar(8),
    grade           varchar(1),
    check_battery   boolean,
    check_screen    boolean,
    check_keyboard  boolean,
    check_camera    boolean,
    check_microphone boolean,
    check_wifi      boolean,
    notes           varchar(2000),
    state           varchar(24) not null,
    donation_id     uuid,
    received_on     date not null,
    order_id        uuid references dev_order (id),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null
);
create unique index dev_device_asset_tag on dev_device (asset_tag);
create unique index dev_device_serial on dev_device (serial_number);
create index dev_device_stock on dev_device (territory_id, state, device_type, keyboard_layout, received_on);
create index dev_device_order on dev_device (order_id);

create table dev_device_transition (
    id          uuid primary key,
    device_id   uuid not null references dev_device (id) on delete cascade,
    from_state  varchar(24),
    to_state    varchar(24) not null,
    at          timestamp with time zone not null,
    by_user     uuid,
    note        varchar(500)
);
create index dev_device_transition_device on dev_device_transition (device_id, at);
