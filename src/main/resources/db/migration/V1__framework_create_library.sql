-- The framework library: frameworks, their versions, pillars, criteria and rating scales.
-- Every user-facing text is stored in French and English.

create table framework (
    id          bigint generated always as identity primary key,
    code        varchar(64)  not null unique,
    name_fr     varchar(300) not null,
    name_en     varchar(300) not null,
    created_at  timestamptz  not null default now()
);

create table framework_version (
    id              bigint generated always as identity primary key,
    framework_id    bigint       not null references framework (id),
    label           varchar(64)  not null,
    status          varchar(16)  not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    description_fr  text         not null,
    description_en  text         not null,
    source_fr       varchar(500),
    source_en       varchar(500),
    created_at      timestamptz  not null default now(),
    published_at    timestamptz,
    retired_at      timestamptz,
    version         bigint       not null default 0,
    unique (framework_id, label)
);

create table rating_level (
    id                   bigint generated always as identity primary key,
    framework_version_id bigint        not null references framework_version (id) on delete cascade,
    position             int           not null,
    value                int           not null,
    label_fr             varchar(120)  not null,
    label_en             varchar(120)  not null,
    description_fr       varchar(500)  not null,
    description_en       varchar(500)  not null,
    unique (framework_version_id, position),
    unique (framework_version_id, value)
);

create table pillar (
    id                   bigint generated always as identity primary key,
    framework_version_id bigint        not null references framework_version (id) on delete cascade,
    position             int           not null,
    code                 varchar(16)   not null,
    title_fr             varchar(300)  not null,
    title_en             varchar(300)  not null,
    outcome_fr           text          not null,
    outcome_en           text          not null,
    weight               numeric(7, 3) not null default 1 check (weight > 0),
    unique (framework_version_id, code)
);

create table criterion (
    id           bigint generated always as identity primary key,
    pillar_id    bigint        not null references pillar (id) on delete cascade,
    position     int           not null,
    code         varchar(16)   not null,
    text_fr      text          not null,
    text_en      text          not null,
    guidance_fr  text,
    guidance_en  text,
    weight       numeric(7, 3) not null default 1 check (weight > 0)
);

create index pillar_version_idx on pillar (framework_version_id);
create index criterion_pillar_idx on criterion (pillar_id);
create index rating_level_version_idx on rating_level (framework_version_id);

-- A published or retired version is part of the record of every assessment made with it:
-- the database itself refuses to change its content, whatever code tries.
create function framework_version_status_of(p_version_id bigint) returns varchar
    language sql stable as
$$ select status from framework_version where id = p_version_id $$;

create function refuse_change_to_published_content() returns trigger
    language plpgsql as
$$
declare
    v_version_id bigint;
begin
    if tg_table_name = 'criterion' then
        select framework_version_id into v_version_id from pillar
         where id = case when tg_op = 'DELETE' then old.pillar_id else new.pillar_id end;
    elsif tg_op = 'DELETE' then
        v_version_id := old.framework_version_id;
    else
        v_version_id := new.framework_version_id;
    end if;
    if v_version_id is not null and framework_version_status_of(v_version_id) <> 'DRAFT' then
        raise exception 'framework version % is published and cannot change', v_version_id
            using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger pillar_immutable_when_published
    before insert or update or delete on pillar
    for each row execute function refuse_change_to_published_content();
create trigger criterion_immutable_when_published
    before insert or update or delete on criterion
    for each row execute function refuse_change_to_published_content();
create trigger rating_level_immutable_when_published
    before insert or update or delete on rating_level
    for each row execute function refuse_change_to_published_content();

-- A version's own texts are frozen once published; only its lifecycle (published -> retired) moves.
create function refuse_change_to_published_version() returns trigger
    language plpgsql as
$$
begin
    if old.status <> 'DRAFT' then
        if new.label is distinct from old.label
            or new.framework_id is distinct from old.framework_id
            or new.description_fr is distinct from old.description_fr
            or new.description_en is distinct from old.description_en
            or new.source_fr is distinct from old.source_fr
            or new.source_en is distinct from old.source_en
            or new.published_at is distinct from old.published_at
            or (new.status = 'DRAFT') then
            raise exception 'framework version % is published and cannot change', old.id
                using errcode = 'check_violation';
        end if;
    end if;
    return new;
end
$$;

create trigger framework_version_immutable_when_published
    before update on framework_version
    for each row execute function refuse_change_to_published_version();
