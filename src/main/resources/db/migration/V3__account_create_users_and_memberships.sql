-- People who log in, what they may do where, and the record of failed logins used for throttling.

create table app_user (
    id                  bigint generated always as identity primary key,
    email               varchar(254) not null,
    display_name        varchar(120) not null,
    password_hash       varchar(255),
    preferred_language  varchar(2)   not null default 'fr' check (preferred_language in ('fr', 'en')),
    enabled             boolean      not null default true,
    created_at          timestamptz  not null default now(),
    last_login_at       timestamptz,
    version             bigint       not null default 0
);

-- E-mail addresses are compared without regard to case.
create unique index app_user_email_uq on app_user (lower(email));

-- ADMIN is platform-wide; COORDINATOR is of a network; ORG_LEAD and ORG_STAFF of an organisation.
create table membership (
    id               bigint generated always as identity primary key,
    user_id          bigint      not null references app_user (id) on delete cascade,
    role             varchar(16) not null check (role in ('ADMIN', 'COORDINATOR', 'ORG_LEAD', 'ORG_STAFF')),
    organisation_id  bigint references organisation (id) on delete cascade,
    network_id       bigint references network (id) on delete cascade,
    created_at       timestamptz not null default now(),
    constraint membership_scope check (
        (role = 'ADMIN' and organisation_id is null and network_id is null)
        or (role = 'COORDINATOR' and network_id is not null and organisation_id is null)
        or (role in ('ORG_LEAD', 'ORG_STAFF') and organisation_id is not null and network_id is null))
);

create unique index membership_uq on membership (user_id, role, coalesce(organisation_id, 0), coalesce(network_id, 0));
create index membership_organisation_idx on membership (organisation_id);
create index membership_network_idx on membership (network_id);

-- One row per failed login, per account (the e-mail typed, known or not) and per client address.
create table login_failure (
    id         bigint generated always as identity primary key,
    kind       varchar(8)   not null check (kind in ('ACCOUNT', 'ADDRESS')),
    key        varchar(254) not null,
    failed_at  timestamptz  not null default now()
);

create index login_failure_key_idx on login_failure (kind, key, failed_at);
