-- Sessions live in the database (Spring Session JDBC), so that several instances of the application
-- share logins and a restart logs nobody out. This is the PostgreSQL schema Spring Session ships
-- (org/springframework/session/jdbc/schema-postgresql.sql), created here rather than by its
-- initializer so that Flyway owns every table. One change: the principal name is the account's
-- e-mail address, which may be 254 characters long (app_user.email), not 100.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(254),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
-- A change to an account ends that person's sessions: they are found by this index.
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
