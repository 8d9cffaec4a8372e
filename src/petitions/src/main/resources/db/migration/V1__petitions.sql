-- Petitions service schema: reference data (territories, topics, central bodies, excluded subjects),
-- petitions with their public history, signatures with their audit trail, exact tallies, and what
-- other services decided about a petition (assembly decisions, ombudsman referrals).

-- Territories: seeded from the kernel catalogue at start-up (insert-if-missing), population editable by an admin.
create table territory (
    code                  text primary key,
    parent_code           text references territory (code),
    kind                  text        not null,
    name_kk               text        not null,
    name_ru               text        not null,
    name_en               text        not null,
    population            bigint      not null check (population > 0),
    population_changed_at timestamptz,
    population_changed_by text
);
create index territory_parent on territory (parent_code);

create table topic (
    code         text primary key,
    name_kk      text    not null,
    name_ru      text    not null,
    name_en      text    not null,
    human_rights boolean not null default false,
    position     integer not null
);

create table central_body (
    code     text primary key,
    body     text    not null check (body in ('GOVERNMENT', 'CENTRAL_BODY')),
    name_kk  text    not null,
    name_ru  text    not null,
    name_en  text    not null,
    position integer not null
);

-- Subjects the law excludes from petitions, and the other grounds a moderator may reject on.
create table exclusion_reason (
    code           text primary key,
    excluded_by_law boolean not null,
    title_kk       text    not null,
    title_ru       text    not null,
    title_en       text    not null,
    description_kk text    not null,
    description_ru text    not null,
    description_en text    not null,
    position       integer not null
);

create sequence petition_number_seq start 1000;

create table petition (
    id                    uuid primary key,
    number                bigint      not null unique default nextval('petition_number_seq'),
    state                 text        not null,
    author_subject        text        not null,
    author_display_name   text        not null,
    author_region         text,
    author_district       text,
    title_kk              text,
    title_ru              text,
    title_en              text,
    text_kk               text,
    text_ru               text,
    text_en               text,
    requested_action_kk   text,
    requested_action_ru   text,
    requested_action_en   text,
    topic                 text        not null references topic (code),
    addressee_level       text        not null check (addressee_level in ('CENTRAL', 'REGION', 'TOWN')),
    addressee_body        text        not null check (addressee_body in ('GOVERNMENT', 'CENTRAL_BODY', 'AKIMAT', 'MASLIKHAT')),
    addressee_code        text,
    addressee_territory   text references territory (code),
    threshold             bigint      not null check (threshold > 0),
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    submitted_at          timestamptz,
    moderation_due_on     date,
    moderation_note       text,
    moderation_reason     text,
    rejection_reason      text references exclusion_reason (code),
    rejection_text        text,
    published_at          timestamptz,
    backers_due_on        date,
    opened_at             timestamptz,
    collection_ends_on    date,
    threshold_reached_at  timestamptz,
    answer_due_on         date,
    answer_overdue        boolean     not null default false,
    discussion_on         date,
    discussion_place      text,
    discussion_note       text,
    answer_kk             text,
    answer_ru             text,
    answer_en             text,
    answered_at           timestamptz,
    answered_by           text,
    closed_at             timestamptz,
    state_before_hidden   text,
    version               bigint      not null default 0,
    search tsvector generated always as (to_tsvector('simple',
        coalesce(title_kk, '') || ' ' || coalesce(title_ru, '') || ' ' || coalesce(title_en, '') || ' ' ||
        coalesce(text_kk, '') || ' ' || coalesce(text_ru, '') || ' ' || coalesce(text_en, '') || ' ' ||
        coalesce(requested_action_kk, '') || ' ' || coalesce(requested_action_ru, '') || ' ' ||
        coalesce(requested_action_en, ''))) stored
);
create index petition_search on petition using gin (search);
create index petition_state on petition (state, opened_at desc);
create index petition_author on petition (author_subject, created_at desc);
create index petition_addressee on petition (addressee_territory, state);

-- The public history: every state change and every public fact (overdue answer, discussion, decision).
create table petition_history (
    id          bigint generated always as identity primary key,
    petition_id uuid        not null references petition (id),
    occurred_at timestamptz not null,
    action      text        not null,
    from_state  text,
    to_state    text,
    actor       text        not null,
    note        text
);
create index petition_history_petition on petition_history (petition_id, id);

-- Exact live counts, written by the signing batcher in the same transaction as the signatures.
create table petition_tally (
    petition_id uuid primary key references petition (id),
    total       bigint      not null default 0 check (total >= 0),
    updated_at  timestamptz not null
);

create table petition_territory_tally (
    petition_id uuid   not null references petition (id),
    region      text   not null,
    district    text   not null,
    count       bigint not null check (count >= 0),
    primary key (petition_id, region, district)
);

create table signature_invalidation (
    id           uuid primary key,
    petition_id  uuid        not null references petition (id),
    performed_by text        not null,
    performed_at timestamptz not null,
    reason       text        not null,
    from_time    timestamptz,
    to_time      timestamptz,
    client_hash  text,
    user_agent_family text,
    invalidated  bigint      not null
);

-- One row per person and petition (the unique index is the rule). status: valid, withdrawn, invalidated.
-- Only valid rows count. The IIN is kept only as its keyed hash; the client address likewise.
create table signature (
    id                bigint generated always as identity primary key,
    petition_id       uuid        not null references petition (id),
    signer_hash       text        not null,
    display_name      text        not null,
    listed            boolean     not null,
    region            text        not null,
    district          text        not null,
    status            text        not null default 'valid',
    signed_at         timestamptz not null,
    changed_at        timestamptz,
    client_hash       text        not null,
    user_agent_family text        not null,
    invalidation_id   uuid references signature_invalidation (id)
);
create unique index signature_one_per_person on signature (petition_id, signer_hash);
create index signature_petition_time on signature (petition_id, signed_at);
create index signature_petition_client on signature (petition_id, client_hash);

create table petition_assembly_decision (
    event_id      text primary key,
    petition_id   uuid        not null references petition (id),
    body_id       text        not null,
    body_name     text,
    session_id    text,
    item_id       text,
    result        text        not null,
    decision_text text,
    votes_for     integer     not null,
    votes_against integer     not null,
    abstentions   integer     not null,
    decided_at    timestamptz not null,
    link          text
);
create index petition_assembly_decision_petition on petition_assembly_decision (petition_id, decided_at);

create table petition_referral (
    case_id     text primary key,
    petition_id uuid        not null references petition (id),
    case_number text,
    status      text        not null,
    office      text,
    changed_at  timestamptz not null
);
create index petition_referral_petition on petition_referral (petition_id);
