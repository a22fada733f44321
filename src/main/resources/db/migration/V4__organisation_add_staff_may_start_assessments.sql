-- A lead may let staff start their organisation's self-assessments, not only leads.
alter table organisation add column staff_may_start_assessments boolean not null default false;
