-- Moderation: the items residents submit, one case per submission round (and per appeal and per
-- review after reports), the reports themselves, escalations and the audit log.
create extension if not exists pg_trgm;

-- One row per item in its origin service; holds the latest text (for near-duplicate search) and
-- its publication state as moderation last decided it.
create table moderated_item (
    id                  uuid primary key,
    kind                text        not null,
    item_id             text        not null,
    origin_service      text        not null,
    author_subject      text        not null,
    author_display_name text,
    title               text        not null,
    link                text,
    territory_code      text,
    status              text        not null,
    search_text         text        not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    constraint moderated_item_once unique (origin_service, kind, item_id)
);
create index moderated_item_similar on moderated_item using gin (search_text gin_trgm_ops);
create index moderated_item_published on moderated_item (kind) where status = 'PUBLISHED';

create table moderation_case (
    id                  uuid primary key,
    item_ref            uuid        not null references moderated_item (id),
    case_type           text        not null,
    round               integer     not null,
    status              text        not null,
    kind                text        not null,
    item_id             text        not null,
    origin_service      text        not null,
    author_subject      text        not null,
    author_display_name text,
    title               text        not null,
    body                text        not null,
    fields              jsonb       not null default '{}'::jsonb,
    link                text,
    language            text,
    findings            jsonb       not null default '[]'::jsonb,
    risk_score          integer     not null default 0,
    submitted_at        timestamptz not null,
    due_on              date        not null,
    claimed_by          text,
    claimed_by_name     text,
    claim_expires_at    timestamptz,
    outcome             text,
    reason_code         text,
    moderator_text      text,
    statement           text,
    decided_by          text,
    decided_by_name     text,
    decided_at          timestamptz,
    automated           boolean     not null default false,
    appeal_of           uuid references moderation_case (id),
    appeal_grounds      text,
    escalated_at        timestamptz,
    escalated_by        text,
    escalation_note     text,
    created_at          timestamptz not null,
    version             integer     not null default 0,
    constraint case_type_known check (case_type in ('SUBMISSION', 'APPEAL', 'NOTICE_REVIEW')),
    constraint case_status_known check (status in ('OPEN', 'DECIDED')),
    constraint decided_has_outcome check (status <> 'DECIDED' or (outcome is not null and decided_at is not null)),
    -- One case per submission round of an item; one appeal per decision.
    constraint case_round_once unique (item_ref, case_type, round),
    constraint appeal_once unique (appeal_of)
);
create index moderation_case_queue on moderation_case (due_on, risk_score desc, submitted_at) where status = 'OPEN';
create index moderation_case_author on moderation_case (author_subject);
create index moderation_case_decided on moderation_case (decided_at) where status = 'DECIDED';

-- A signed-in user's report of a published item ("notice"); once per item per user.
create table notice (
    id               uuid primary key,
    item_ref         uuid        not null references moderated_item (id),
    reporter_subject text        not null,
    reason           text        not null,
    comment          text,
    reported_at      timestamptz not null,
    review_case_id   uuid references moderation_case (id),
    constraint notice_reason_known check (reason in ('spam', 'offensive', 'personal_data', 'unlawful', 'other')),
    constraint notice_once_per_user unique (item_ref, reporter_subject)
);
create index notice_pending on notice (item_ref) where review_case_id is null;

-- Every action on a case, by whom and when. Details never hold personal data found in content.
create table audit_entry (
    id            bigint generated always as identity primary key,
    at            timestamptz not null,
    actor_subject text        not null,
    actor_name    text,
    action        text        not null,
    case_id       uuid,
    item_ref      uuid,
    detail        text
);
create index audit_entry_case on audit_entry (case_id, id);
create index audit_entry_at on audit_entry (at);
