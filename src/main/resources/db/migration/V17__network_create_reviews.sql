-- A network coordinator's feedback on a member's shared submitted self-assessment: what is
-- strong and what support the network can offer, overall and per pillar. Visible to the
-- organisation once marked reviewed.
create table assessment_review (
    id             bigint generated always as identity primary key,
    assessment_id  bigint        not null references assessment (id) on delete cascade,
    network_id     bigint        not null references network (id) on delete cascade,
    strengths      varchar(4000),
    support        varchar(4000),
    updated_by     bigint        references app_user (id) on delete set null,
    updated_at     timestamptz   not null,
    reviewed_by    bigint        references app_user (id) on delete set null,
    reviewed_at    timestamptz,
    version        bigint        not null default 0,
    unique (assessment_id, network_id)
);

create index assessment_review_network_idx on assessment_review (network_id);

create table assessment_review_pillar (
    review_id    bigint        not null references assessment_review (id) on delete cascade,
    pillar_code  varchar(16)   not null,
    strengths    varchar(4000),
    support      varchar(4000),
    primary key (review_id, pillar_code)
);
