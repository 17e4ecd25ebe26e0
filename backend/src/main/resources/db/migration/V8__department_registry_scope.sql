-- Registry by minimum necessity (issue 11, item 6): which part of the workers' registry a
-- department's staff may list, export and read. A data flag, so that code never asks for a
-- department's code:
--   ALL       the whole registry (the lead unit; it also edits, through the lead-unit flag);
--   DEV_ZONE  the enterprises located in the development zone and their workers;
--   LINKED    only the workers linked to the department's own records (trainees of its subsidy
--             applications, entrants of its competitions), found through the minimal lookup.
-- New departments start with LINKED: the narrowest scope is the default.
alter table department add column registry_scope varchar(16) not null default 'LINKED'
    check (registry_scope in ('ALL', 'DEV_ZONE', 'LINKED'));
alter table department_aud add column registry_scope varchar(16);

update department set registry_scope = 'ALL' where lead_unit;
update department set registry_scope = 'DEV_ZONE' where code = 'devzone';
update department_aud a set registry_scope = d.registry_scope from department d where a.id = d.id;
