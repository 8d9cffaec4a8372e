-- Local representative bodies and their sessions, agendas, resident item proposals and followers.

create table body (
    id                 uuid primary key,
    kind               text        not null check (kind in ('MASLIKHAT', 'COMMUNITY_GATHERING')),
    territory_code     text        not null,
    -- for a local community gathering: the rural district (auyl okrug) inside territory_code
    locality           jsonb,
    name               jsonb       not null,
    seats              integer     not null check (seats > 0),
    secretary_username text,
    -- public names of deputies / members, in list order
    members            jsonb       not null default '[]',
    created_at         timestamptz not null default now(),
    version            bigint      not null default 0
);
create index body_territory on body (territory_code);

create table assembly_session (
    id                   uuid primary key,
    body_id              uuid        not null references body (id),
    title                jsonb       not null,
    session_date         date        not null,
    start_time           time        not null,
    planned_minutes      integer     not null check (planned_minutes > 0),
    place                text,
    online_url           text,
    status               text        not null check (status in ('planned', 'agenda_published', 'in_session', 'closed', 'minutes_published')),
    agenda_published_at  timestamptz,
    opened_at            timestamptz,
    closed_at            timestamptz,
    minutes_published_at timestamptz,
    present_count        integer,
    present_members      jsonb,
    minutes              jsonb,
    minutes_text         text,
    created_at           timestamptz not null default now(),
    version              bigint      not null default 0,
    check (place is not null or online_url is not null)
);
create index assembly_session_body_date on assembly_session (body_id, session_date);

create table agenda_item (
    id               uuid primary key,
    session_id       uuid    not null references assembly_session (id) on delete cascade,
    parent_id        uuid references agenda_item (id) on delete cascade,
    position         integer not null,
    title            jsonb   not null,
    description      jsonb,
    duration_minutes integer not null check (duration_minutes > 0),
    presenter        text,
    documents        jsonb   not null default '[]',
    related_kind     text check (related_kind in ('PETITION', 'BUDGET_CYCLE', 'RESIDENT_PROPOSAL')),
    related_id       text,
    proposal_id      uuid,
    result           text check (result in ('ADOPTED', 'REJECTED', 'POSTPONED')),
    decision_text    jsonb,
    votes_for        integer,
    votes_against    integer,
    abstentions      integer,
    votes_by_name    jsonb,
    decided_at       timestamptz,
    version          bigint  not null default 0
);
create index agenda_item_session on agenda_item (session_id, parent_id, position);
create index agenda_item_related on agenda_item (related_kind, related_id);

create table item_proposal (
    id                   uuid primary key,
    body_id              uuid        not null references body (id),
    origin               text        not null check (origin in ('RESIDENT', 'PETITION', 'BUDGET_CYCLE')),
    title                jsonb       not null,
    description          jsonb,
    author_subject       text,
    author_display_name  text,
    author_iin_hash      text,
    related_kind         text,
    related_id           text,
    link                 text,
    status               text        not null,
    cosponsor_count      integer     not null default 0,
    moderation_statement text,
    decline_reason       text,
    threshold_reached_at timestamptz,
    decision_due_on      date,
    decided_at           timestamptz,
    decided_by           text,
    session_id           uuid,
    agenda_item_id       uuid,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint      not null default 0
);
create index item_proposal_body_status on item_proposal (body_id, status, created_at);
create index item_proposal_author on item_proposal (author_subject, created_at);
-- one proposal per petition / budget cycle and body, however often the event arrives
create unique index item_proposal_related on item_proposal (body_id, related_kind, related_id) where related_kind is not null;

create table proposal_cosponsor (
    proposal_id  uuid        not null references item_proposal (id),
    iin_hash     text        not null,
    display_name text        not null,
    created_at   timestamptz not null default now(),
    primary key (proposal_id, iin_hash)
);

create table body_follower (
    body_id    uuid        not null references body (id),
    subject    text        not null,
    created_at timestamptz not null default now(),
    primary key (body_id, subject)
);
create index body_follower_subject on body_follower (subject);
