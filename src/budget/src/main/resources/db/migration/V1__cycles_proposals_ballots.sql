-- Participatory-budget cycles with dated phases, the outcome rule and the ballot rules they use.
create table budget_cycle (
    id                      uuid primary key,
    territory_code          text        not null,
    title_kk                text,
    title_ru                text,
    title_en                text,
    description_kk          text,
    description_ru          text,
    description_en          text,
    budget                  bigint      not null check (budget > 0),
    proposals_from          date        not null,
    review_from             date        not null,
    voting_from             date        not null,
    tallying_from           date        not null,
    results_from            date        not null,
    implementation_from     date        not null,
    phase                   text        not null,
    phase_changed_at        timestamptz not null,
    phase_changed_by        text,
    outcome_rule            text        not null,
    utility                 text        not null,
    ballot_kind             text        not null,
    min_projects            integer,
    max_projects            integer,
    min_budget_share_pct    integer,
    max_points              integer,
    max_points_per_project  integer,
    replay                  boolean     not null default false,
    replay_source           text,
    pabulib_rule            text,
    created_by              text        not null,
    created_at              timestamptz not null,
    version                 bigint      not null default 0
);
create index budget_cycle_territory on budget_cycle (territory_code);
create index budget_cycle_phase on budget_cycle (phase);

-- Residents' proposals. Moderation decides whether a proposal is public; officials review feasibility.
create table proposal (
    id                 uuid primary key,
    cycle_id           uuid        not null references budget_cycle (id),
    author_subject     text,
    author_name        text        not null,
    language           text        not null,
    title              text        not null,
    description        text        not null,
    category           text        not null,
    location_text      text,
    latitude           double precision,
    longitude          double precision,
    estimated_cost     bigint      not null check (estimated_cost > 0),
    official_cost      bigint check (official_cost >= 0),
    attachments        jsonb       not null default '[]',
    moderation_status  text        not null,
    moderation_reason  text,
    review_status      text        not null,
    merged_into        uuid references proposal (id),
    supporters         integer     not null default 0,
    external_id        text,
    submitted_at       timestamptz not null,
    version            bigint      not null default 0
);
create index proposal_cycle on proposal (cycle_id, moderation_status);
create index proposal_author on proposal (author_subject);
create unique index proposal_external on proposal (cycle_id, external_id) where external_id is not null;

-- Every decision taken on a proposal (moderation, feasibility, cost, merge), shown to its author.
create table proposal_decision (
    id           uuid primary key,
    seq          bigint generated always as identity,
    proposal_id  uuid        not null references proposal (id),
    kind         text        not null,
    reason       text,
    details      text,
    decided_by   text        not null,
    decided_at   timestamptz not null
);
create index proposal_decision_proposal on proposal_decision (proposal_id, seq);

-- Residents supporting a proposal in the proposals phase, one per person (keyed IIN hash).
create table proposal_support (
    proposal_id   uuid        not null references proposal (id),
    supporter_hash text       not null,
    supported_at  timestamptz not null,
    primary key (proposal_id, supporter_hash)
);

-- Paper ballots are entered by officials in batches; each batch is an audit record.
create table paper_batch (
    id              uuid primary key,
    cycle_id        uuid        not null references budget_cycle (id),
    label           text        not null,
    entered_by      text        not null,
    entered_by_name text        not null,
    entered_at      timestamptz not null,
    ballot_count    integer     not null,
    spoiled_count   integer     not null default 0
);
create unique index paper_batch_label on paper_batch (cycle_id, label);

-- The counted ballots: one per resident and cycle for online ballots (the database enforces it),
-- paper and imported ballots carry no voter hash.
create table ballot (
    id           uuid primary key,
    cycle_id     uuid        not null references budget_cycle (id),
    voter_hash   text,
    channel      text        not null,
    batch_id     uuid references paper_batch (id),
    external_id  text,
    revision     integer     not null default 1,
    submitted_at timestamptz not null
);
create unique index ballot_one_per_voter on ballot (cycle_id, voter_hash) where voter_hash is not null;
create index ballot_cycle on ballot (cycle_id, channel);

create table ballot_choice (
    ballot_id   uuid    not null references ballot (id) on delete cascade,
    proposal_id uuid    not null references proposal (id),
    points      integer not null check (points > 0),
    primary key (ballot_id, proposal_id)
);
create index ballot_choice_proposal on ballot_choice (proposal_id);

-- Every online ballot as submitted, so a changed ballot leaves a trace; the last one counts.
create table ballot_revision (
    id           uuid primary key,
    cycle_id     uuid        not null references budget_cycle (id),
    voter_hash   text        not null,
    revision     integer     not null,
    choices      jsonb       not null,
    submitted_at timestamptz not null,
    unique (cycle_id, voter_hash, revision)
);

-- The computed outcome of a cycle (chosen rule and the other rule, with explanations), as JSON.
create table cycle_outcome (
    cycle_id     uuid primary key references budget_cycle (id),
    computed_at  timestamptz not null,
    published_at timestamptz,
    result       jsonb       not null
);

-- Implementation progress of funded projects: every dated note is kept, the latest is current.
create table implementation_update (
    id          uuid primary key,
    proposal_id uuid        not null references proposal (id),
    cycle_id    uuid        not null references budget_cycle (id),
    status      text        not null,
    percent     integer     not null check (percent between 0 and 100),
    note        text        not null,
    noted_on    date        not null,
    noted_by    text        not null,
    recorded_at timestamptz not null
);
create index implementation_update_proposal on implementation_update (proposal_id, recorded_at);

-- Decisions of local assemblies (maslikhats) about a cycle, from the assembly service.
create table assembly_decision (
    id            uuid primary key,
    cycle_id      uuid        not null,
    body_id       text        not null,
    body_name     text        not null,
    session_id    text,
    item_id       text        not null,
    result        text        not null,
    decision_text text,
    votes_for     integer     not null,
    votes_against integer     not null,
    abstentions   integer     not null,
    decided_at    timestamptz not null,
    link          text
);
create index assembly_decision_cycle on assembly_decision (cycle_id, decided_at);
