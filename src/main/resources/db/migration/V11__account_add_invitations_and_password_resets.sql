-- Invitations to join an organisation or network, password resets, and the requests for them
-- (throttling). A link carries a random selector, to find the row, and a random 32-byte secret of
-- which only the SHA-256 hash is stored: someone reading the database cannot use a pending link.

create table invitation (
    id               bigint generated always as identity primary key,
    email            varchar(254) not null,
    display_name     varchar(120) not null,
    language         varchar(2)   not null check (language in ('fr', 'en')),
    role             varchar(16)  not null check (role in ('COORDINATOR', 'ORG_LEAD', 'ORG_STAFF')),
    organisation_id  bigint references organisation (id) on delete cascade,
    network_id       bigint references network (id) on delete cascade,
    selector         varchar(32)  not null,
    secret_hash      bytea        not null check (octet_length(secret_hash) = 32),
    invited_by       bigint references app_user (id) on delete set null,
    created_at       timestamptz  not null,
    sent_at          timestamptz  not null,
    expires_at       timestamptz  not null,
    accepted_at      timestamptz,
    accepted_by      bigint references app_user (id) on delete set null,
    revoked_at       timestamptz,
    revoked_by       bigint references app_user (id) on delete set null,
    version          bigint       not null default 0,
    constraint invitation_scope check (
        (role = 'COORDINATOR' and network_id is not null and organisation_id is null)
        or (role in ('ORG_LEAD', 'ORG_STAFF') and organisation_id is not null and network_id is null)),
    constraint invitation_closed_once check (accepted_at is null or revoked_at is null)
);

create unique index invitation_selector_uq on invitation (selector);
create index invitation_email_idx on invitation (lower(email));
create index invitation_organisation_idx on invitation (organisation_id);
create index invitation_network_idx on invitation (network_id);
create index invitation_created_idx on invitation (created_at desc, id desc);

create table password_reset (
    id            bigint generated always as identity primary key,
    user_id       bigint      not null references app_user (id) on delete cascade,
    selector      varchar(32) not null,
    secret_hash   bytea       not null check (octet_length(secret_hash) = 32),
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    used_at       timestamptz
);

create unique index password_reset_selector_uq on password_reset (selector);
create index password_reset_user_idx on password_reset (user_id);

-- Every request for a reset link, known address or not, so that the limits reveal nothing.
create table password_reset_request (
    id            bigint generated always as identity primary key,
    email         varchar(254) not null,
    address       varchar(64)  not null,
    requested_at  timestamptz  not null
);

create index password_reset_request_email_idx on password_reset_request (email, requested_at);
create index password_reset_request_address_idx on password_reset_request (address, requested_at);
