-- Fortnightly shipments: a batch per territory and cut-off date, a parcel per partner organisation and delivery
-- address, the devices of each order in the parcel, and the hand-over of an order's devices to the person.

-- active_key is "<territory>:<cut-off>" while the batch is not discarded, null once discarded: one live batch per
-- territory and cut-off date, enforced by the database.
create table dev_shipment_batch (
    id              uuid primary key,
    territory_id    uuid not null references territory (id),
    cutoff_date     date not null,
    status          varchar(16) not null,
    active_key      varchar(64),
    created_at      timestamp with time zone not null,
    created_by      uuid,
    confirmed_at    timestamp with time zone,
    confirmed_by    uuid,
    shipped_at      timestamp with time zone,
    discarded_at    timestamp with time zone,
    discarded_by    uuid,
    version         bigint not null
);
create unique index dev_shipment_batch_active on dev_shipment_batch (active_key);
create index dev_shipment_batch_territory on dev_shipment_batch (territory_id, cutoff_date);

create table dev_shipment_parcel (
    id                      uuid primary key,
    batch_id                uuid not null references dev_shipment_batch (id),
    territory_id            uuid not null references territory (id),
    organisation_id         uuid not null,
    delivery_address        varchar(500) not null,
    tracking_number         varchar(100),
    status                  varchar(16) not null,
    shipped_at              timestamp with time zone,
    shipped_by              uuid,
    received_at             timestamp with time zone,
    received_by             uuid,
    version                 bigint not null
);
create index dev_shipment_parcel_batch on dev_shipment_parcel (batch_id);
create index dev_shipment_parcel_organisation on dev_shipment_parcel (organisation_id, status);

-- An order deleted with its person's erased request takes its lines with it (the parcel and its other lines stay).
create table dev_shipment_item (
    id          uuid primary key,
    parcel_id   uuid not null references dev_shipment_parcel (id),
    order_id    uuid not null references dev_order (id) on delete cascade,
    device_id   uuid not null references dev_device (id) on delete cascade
);
create index dev_shipment_item_parcel on dev_shipment_item (parcel_id);
create index dev_shipment_item_order on dev_shipment_item (order_id);
create unique index dev_shipment_item_device on dev_shipment_item (device_id, order_id);

-- The partner's record that an order's devices were handed over to the person (the acknowledgement note goes to
-- the request's step).
create table dev_handover (
    id              uuid primary key,
    order_id        uuid not null references dev_order (id) on delete cascade,
    handed_over_on  date not null,
    acknowledged    boolean not null,
    recorded_at     timestamp with time zone not null,
    recorded_by     uuid
);
create unique index dev_handover_order on dev_handover (order_id);
