-- Unmet needs: a need no service of the territory could take, asked on a day in an area (a commune code, a
-- postal code, or none). No identity and no user: only what the statistics of unmet needs count.
create table ref_unmet_need (
    id            uuid primary key,
    territory_id  uuid not null references territory (id),
    need_code     varchar(120) not null,
    area_code     varchar(10),
    recorded_on   date not null
);
create index ref_unmet_need_period on ref_unmet_need (territory_id, recorded_on);
