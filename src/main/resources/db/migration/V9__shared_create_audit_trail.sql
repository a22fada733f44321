-- The audit trail: who changed what, when, with the values before and after. Rows are only ever
-- added: the database refuses to change or remove them, whatever code tries.
create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null default now(),
    -- Null for the application itself (framework files loaded at start, scheduled jobs).
    actor_id       bigint,
    -- The name at the time: the trail must still read right after a rename or deactivation.
    actor_name     varchar(200) not null,
    action         varchar(64)  not null,
    subject_type   varchar(32)  not null,
    subject_id     bigint       not null,
    subject_label  varchar(300) not null,
    before_state   jsonb,
    after_state    jsonb
);

create index audit_event_occurred_idx on audit_event (occurred_at desc, id desc);
create index audit_event_subject_idx on audit_event (subject_type, subject_id);
create index audit_event_actor_idx on audit_event (actor_id);

create function refuse_change_to_audit_event() returns trigger
    language plpgsql as
$$
begin
    raise exception 'the audit trail is append-only' using errcode = 'check_violation';
end
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function refuse_change_to_audit_event();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function refuse_change_to_audit_event();
