-- Each organisation's review cycle: when it means to assess itself fully again, and how often
-- its open actions are followed up. Without a row, the defaults apply: a year after the last
-- submitted assessment, and every three months (IRCC's case-management rhythm, seed 003).
create table review_cycle (
    organisation_id       bigint primary key references organisation (id) on delete cascade,
    -- Set by the lead to move the date; null means "a year after the last submitted one".
    next_reassessment_on  date,
    follow_up_months      int not null default 3 check (follow_up_months between 1 and 12)
);
