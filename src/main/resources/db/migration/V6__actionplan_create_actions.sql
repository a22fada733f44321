-- Action plans: what an organisation decides to do about the gaps its self-assessments show.

-- An action belongs to the organisation, not to one assessment: it outlives the report that
-- prompted it and is followed across the next assessments.
create table action (
    id                    bigint generated always as identity primary key,
    organisation_id       bigint        not null references organisation (id) on delete cascade,
    title                 varchar(200)  not null check (btrim(title) <> ''),
    description           varchar(4000),
    -- The owner is a member with an account, or a name for someone without one (a volunteer,
    -- the board), or nobody yet; never both.
    owner_user_id         bigint references app_user (id) on delete set null,
    owner_name            varchar(120),
    due_date              date,
    priority              varchar(8)    not null default 'NORMAL' check (priority in ('HIGH', 'NORMAL', 'LOW')),
    status                varchar(16)   not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    drop_reason           varchar(1000),
    -- The assessment whose report prompted the action; the action stays if that assessment goes.
    source_assessment_id  bigint references assessment (id) on delete set null,
    created_by            bigint        not null references app_user (id),
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    version               bigint        not null default 0,
    constraint action_one_owner check (owner_user_id is null or owner_name is null),
    constraint action_drop_reason check (status <> 'DROPPED' or drop_reason is not null)
);

-- The plan page lists an organisation's actions; pillar pages and reports look for open ones.
create index action_organisation_idx on action (organisation_id, status, due_date);

-- Criteria by framework code and criterion code, not by criterion id: ids change with every
-- framework version, codes do not, so an action stays on "its" criterion in later assessments.
create table action_criterion (
    action_id       bigint      not null references action (id) on delete cascade,
    framework_code  varchar(64) not null,
    criterion_code  varchar(16) not null,
    primary key (action_id, framework_code, criterion_code)
);

create index action_criterion_framework_idx on action_criterion (framework_code, criterion_code);

-- The dated progress log: every status change (from, to) and every comment, by whom.
create table action_log (
    id           bigint generated always as identity primary key,
    action_id    bigint        not null references action (id) on delete cascade,
    user_id      bigint        not null references app_user (id),
    logged_at    timestamptz   not null,
    from_status  varchar(16) check (from_status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    to_status    varchar(16) check (to_status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    comment      varchar(2000),
    -- An entry says something: a status it moved to, or a comment.
    constraint action_log_not_empty check (to_status is not null or comment is not null)
);

create index action_log_action_idx on action_log (action_id, logged_at);
