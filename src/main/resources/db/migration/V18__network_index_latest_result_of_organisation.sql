-- The dashboard's participation table counts, for every sharing member, whether its latest
-- submitted result (whatever the framework) awaits the network's feedback: one probe per member
-- here, where the (organisation_id, framework_code, submitted_at) index had to read and sort all
-- of a member's results (15 ms instead of 7 ms at 1,000 members with ten results each).
create index assessment_result_latest_idx on assessment_result (organisation_id, submitted_at desc);
