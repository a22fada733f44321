-- Self-assessments: an organisation rates itself against one framework version, pillar by pillar.

create table assessment (
    id                       bigint generated always as identity primary key,
    organisation_id          bigint       not null references organisation (id) on delete cascade,
    framework_version_id     bigint       not null references framework_version (id),
    label                    varchar(120) not null,
    scope                    varchar(16)  not null check (scope in ('FULL', 'TARGETED')),
    targeted_reason          varchar(1000),
    status                   varchar(16)  not null check (status in ('DRAFT', 'SUBMITTED', 'REOPENED')),
    carried_over_from_id     bigint references assessment (id) on delete set null,
    -- The organisation as it was when it assessed itself: results are read in this context.
    context_province         varchar(2)   not null,
    context_size_band        varchar(16)  not null,
    context_paid_staff       int          not null check (context_paid_staff >= 0),
    context_volunteers       int          not null check (context_volunteers >= 0),
    context_newcomer_focused boolean      not null,
    created_by               bigint       not null references app_user (id),
    created_at               timestamptz  not null,
    submitted_by             bigint references app_user (id),
    submitted_at             timestamptz,
    version                  bigint       not null default 0,
    constraint assessment_targeted_reason check (scope = 'FULL' or targeted_reason is not null)
);

create index assessment_organisation_idx on assessment (organisation_id, created_at desc);

create table assessment_context_service_area (
    assessment_id bigint      not null references assessment (id) on delete cascade,
    service_area  varchar(32) not null,
    primary key (assessment_id, service_area)
);

-- The pillars a targeted review covers (all pillars for a full assessment).
create table assessment_pillar (
    assessment_id bigint not null references assessment (id) on delete cascade,
    pillar_id     bigint not null references pillar (id),
    primary key (assessment_id, pillar_id)
);

create table pillar_assignment (
    assessment_id bigint not null references assessment (id) on delete cascade,
    pillar_id     bigint not null references pillar (id),
    user_id       bigint not null references app_user (id) on delete cascade,
    primary key (assessment_id, pillar_id, user_id)
);

create index pillar_assignment_user_idx on pillar_assignment (user_id);

-- One answer per criterion in scope, created with the assessment.
create table answer (
    id                     bigint generated always as identity primary key,
    assessment_id          bigint        not null references assessment (id) on delete cascade,
    criterion_id           bigint        not null references criterion (id),
    pillar_id              bigint        not null references pillar (id),
    applicable             boolean       not null default true,
    not_applicable_reason  varchar(500),
    priority               varchar(8)    not null default 'NORMAL' check (priority in ('HIGH', 'NORMAL', 'LOW')),
    rating                 int,
    evidence               varchar(4000),
    notes                  varchar(4000),
    carried_over           boolean       not null default false,
    updated_by             bigint references app_user (id),
    updated_at             timestamptz,
    version                bigint        not null default 0,
    unique (assessment_id, criterion_id),
    constraint answer_reason_when_not_applicable check (applicable or not_applicable_reason is not null)
);

create index answer_assessment_pillar_idx on answer (assessment_id, pillar_id);

create table assessment_comment (
    id             bigint generated always as identity primary key,
    assessment_id  bigint        not null references assessment (id) on delete cascade,
    criterion_id   bigint        not null references criterion (id),
    parent_id      bigint references assessment_comment (id) on delete cascade,
    author_id      bigint        not null references app_user (id),
    body           varchar(2000) not null,
    created_at     timestamptz   not null
);

create index assessment_comment_idx on assessment_comment (assessment_id, criterion_id, created_at);

-- Who started, submitted and reopened an assessment, when, and why.
create table assessment_event (
    id             bigint generated always as identity primary key,
    assessment_id  bigint        not null references assessment (id) on delete cascade,
    kind           varchar(16)   not null check (kind in ('STARTED', 'SUBMITTED', 'REOPENED')),
    user_id        bigint        not null references app_user (id),
    reason         varchar(1000),
    occurred_at    timestamptz   not null
);

create index assessment_event_idx on assessment_event (assessment_id, occurred_at);
