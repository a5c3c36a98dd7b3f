-- Routing rules of the device programme: which partner organisation of the territory takes which categories of
-- device requests, in which areas (reference area codes; none: the whole territory), and how many open requests
-- it can hold at once.
create table dev_routing_rule (
    id              uuid primary key,
    territory_id    uuid not null references territory (id),
    organisation_id uuid not null,
    categories      varchar(100) not null,
    areas           varchar(2000),
    capacity        integer not null,
    active          boolean not null,
    updated_at      timestamp with time zone not null,
    updated_by      uuid,
    version         bigint not null
);
create unique index dev_routing_rule_organisation on dev_routing_rule (territory_id, organisation_id);
