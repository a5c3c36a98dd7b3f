-- Personal iCalendar feeds: one secret address per user and territory. Only the SHA-256 of the token is kept, so
-- the address is shown once, when it is made; renewing it revokes the previous one.
create table agd_feed_token (
    id            uuid primary key,
    user_id       uuid not null,
    territory_id  uuid not null references territory (id),
    token_hash    varchar(64) not null,
    created_at    timestamp with time zone not null,
    revoked_at    timestamp with time zone
);
create unique index agd_feed_token_hash on agd_feed_token (token_hash);
create index agd_feed_token_user on agd_feed_token (user_id, territory_id);
