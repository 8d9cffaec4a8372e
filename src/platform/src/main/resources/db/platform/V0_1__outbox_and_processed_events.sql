-- Shared by every service database (dauys-platform): the transactional outbox and the record of
-- events each consumer has applied.
create table outbox_event (
    id           uuid primary key,
    seq          bigint generated always as identity,
    topic        text        not null,
    event_key    text        not null,
    type         text        not null,
    source       text        not null,
    payload      jsonb       not null,
    occurred_at  timestamptz not null,
    published_at timestamptz,
    attempts     integer     not null default 0,
    last_error   text
);
create index outbox_event_pending on outbox_event (seq) where published_at is null;
create index outbox_event_published on outbox_event (published_at) where published_at is not null;

create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
