-- The scores of every submitted assessment, computed once by the scoring core when it is
-- submitted (and removed when it is reopened), so that networks aggregate thousands of results
-- in SQL without recomputing them. Derived data: the answers stay the record.
create table assessment_result (
    assessment_id         bigint primary key references assessment (id) on delete cascade,
    organisation_id       bigint       not null references organisation (id) on delete cascade,
    framework_version_id  bigint       not null references framework_version (id),
    framework_code        varchar(64)  not null,
    submitted_at          timestamptz  not null,
    -- 0..1, null when nothing was rated.
    overall               numeric(7, 6),
    answered              int          not null,
    applicable            int          not null
);

create index assessment_result_organisation_idx on assessment_result (organisation_id, framework_code, submitted_at desc);
create index assessment_result_version_idx on assessment_result (framework_version_id);

create table pillar_result (
    assessment_id  bigint       not null references assessment_result (assessment_id) on delete cascade,
    pillar_code    varchar(16)  not null,
    position       int          not null,
    score          numeric(7, 6),
    primary key (assessment_id, pillar_code)
);

-- One row per criterion in scope: the rating given (null when not applicable or not rated).
create table criterion_result (
    assessment_id   bigint       not null references assessment_result (assessment_id) on delete cascade,
    pillar_code     varchar(16)  not null,
    criterion_code  varchar(16)  not null,
    position        int          not null,
    applicable      boolean      not null,
    rating          int,
    primary key (assessment_id, criterion_code)
);
