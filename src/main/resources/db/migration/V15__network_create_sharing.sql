-- An organisation's consent to share its submitted self-assessments with one of its networks.
-- No row: not shared (the default). Leaving the network ends the sharing with it.
create table network_sharing (
    network_id       bigint      not null,
    organisation_id  bigint      not null,
    shared_since     timestamptz not null,
    shared_by        bigint      references app_user (id) on delete set null,
    primary key (network_id, organisation_id),
    foreign key (network_id, organisation_id)
        references network_member (network_id, organisation_id) on delete cascade
);

create index network_sharing_organisation_idx on network_sharing (organisation_id);
