-- Reminders by e-mail: the weekly digest of actions to follow and the re-assessment reminder.

-- Each person may turn the weekly digest off; it is on for everyone until they do.
alter table app_user add column digest_enabled boolean not null default true;

-- Every reminder, sent by SMTP or (without a mail server: the embedded default, demo) written to
-- the log. The unique key (recipient, kind, period) is what makes a reminder go out once per
-- period, whatever restarts or other instances: a second attempt finds the row and sends nothing.
create table outbox (
    id          bigint generated always as identity primary key,
    recipient   varchar(254)  not null,
    kind        varchar(32)   not null check (kind in ('ACTION_DIGEST', 'REASSESSMENT_REMINDER')),
    -- The ISO week of a digest ("2026-W48"); an organisation and due date for a re-assessment.
    period      varchar(64)   not null,
    subject     varchar(300)  not null,
    body        text          not null,
    created_at  timestamptz   not null,
    sent_at     timestamptz,
    delivery    varchar(8)    check (delivery in ('SMTP', 'LOG')),
    error       varchar(1000),
    constraint outbox_once_per_period unique (recipient, kind, period)
);

create index outbox_created_idx on outbox (created_at desc);

-- ShedLock: one instance among several runs each scheduled job.
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);
