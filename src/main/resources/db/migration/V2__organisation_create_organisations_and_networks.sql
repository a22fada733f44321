-- Organisations (NGOs that assess themselves) and networks (umbrella organisations) they belong to.

create table organisation (
    id                 bigint generated always as identity primary key,
    name               varchar(200) not null,
    province           varchar(2)   not null check (province in
                           ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT')),
    size_band          varchar(16)  not null check (size_band in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    paid_staff_count   int          not null default 0 check (paid_staff_count >= 0),
    volunteer_count    int          not null default 0 check (volunteer_count >= 0),
    newcomer_focused   boolean      not null default true,
    created_at         timestamptz  not null default now(),
    version            bigint       not null default 0
);

create unique index organisation_name_uq on organisation (lower(name));

create table organisation_service_area (
    organisation_id bigint      not null references organisation (id) on delete cascade,
    service_area    varchar(32) not null,
    primary key (organisation_id, service_area)
);

create table network (
    id           bigint generated always as identity primary key,
    name         varchar(200) not null,
    description  varchar(1000),
    created_at   timestamptz  not null default now(),
    version      bigint       not null default 0
);

create unique index network_name_uq on network (lower(name));

create table network_member (
    network_id      bigint      not null references network (id) on delete cascade,
    organisation_id bigint      not null references organisation (id) on delete cascade,
    joined_at       timestamptz not null default now(),
    primary key (network_id, organisation_id)
);

create index network_member_organisation_idx on network_member (organisation_id);
