-- Notification: mails already sent (each mail once, even when an event is replayed) and the in-app inbox.
-- Portable SQL (H2 in PostgreSQL mode and PostgreSQL).
create table sent_mail (
    mail_id    uuid primary key,
    sent_at    timestamp with time zone not null,
    recipient  varchar(320),
    template   varchar(64)
);
create index sent_mail_sent_at_idx on sent_mail (sent_at);

-- Texts are stored as message keys and arguments, never rendered, so each user reads them in their language.
create table notification (
    id            uuid primary key,
    user_id       uuid not null,
    territory_id  uuid,
    message_key   varchar(200) not null,
    message_args  varchar(2000),
    link          varchar(500),
    created_at    timestamp with time zone not null,
    read_at       timestamp with time zone
);
create index notification_user_read_idx on notification (user_id, read_at);
create index notification_user_created_idx on notification (user_id, created_at);
