create table ledger_entry (
    id     uuid primary key,
    amount bigint not null
);
create table applied_credit (
    event_entry_id uuid   not null,
    amount         bigint not null
);
