-- People web: the retention period of each territory (anonymise people with no activity for N months).
create table ppl_retention_setting (
    territory_id    uuid primary key references territory (id),
    months          integer not null,
    updated_at      timestamp with time zone not null,
    updated_by      uuid
);
