-- Issue 13: the worker list at a million workers.
--
-- 1. worker_count: how many workers per employer (worker.enterprise_id, 0 for none) and skill
--    level, maintained by statement-level triggers (transition tables: an import is one upsert per
--    statement) in the writing transaction. It answers the list's total exactly, in a few
--    milliseconds, for the filters the dashboard also counts (none, industry, zone, enterprise,
--    skill level, skill tier); other filters count up to 100,000 matches. Deltas commute, so
--    concurrent writers only meet on the row of the same employer and skill level.
-- 2. Indexes for the sorts and filters: name order (btree on name, id), skill level within an
--    employer (the two-filter list), and keyset paging on (name, id).
create table worker_count (
    enterprise_id bigint      not null,
    skill_level   varchar(24) not null,
    n             bigint      not null,
    primary key (enterprise_id, skill_level)
);

insert into worker_count (enterprise_id, skill_level, n)
select coalesce(enterprise_id, 0), skill_level, count(*) from worker group by 1, 2;

create function worker_count_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into worker_count (enterprise_id, skill_level, n)
        select coalesce(enterprise_id, 0), skill_level, count(*) from new_rows group by 1, 2 order by 1, 2
        on conflict (enterprise_id, skill_level) do update set n = worker_count.n + excluded.n;
    elsif tg_op = 'DELETE' then
        insert into worker_count (enterprise_id, skill_level, n)
        select coalesce(enterprise_id, 0), skill_level, -count(*) from old_rows group by 1, 2 order by 1, 2
        on conflict (enterprise_id, skill_level) do update set n = worker_count.n + excluded.n;
    else
        insert into worker_count (enterprise_id, skill_level, n)
        select e, s, sum(d) from (
            select coalesce(o.enterprise_id, 0) e, o.skill_level s, -1 d from old_rows o join new_rows n using (id)
            where (o.enterprise_id, o.skill_level) is distinct from (n.enterprise_id, n.skill_level)
            union all
            select coalesce(n.enterprise_id, 0), n.skill_level, 1 from old_rows o join new_rows n using (id)
            where (o.enterprise_id, o.skill_level) is distinct from (n.enterprise_id, n.skill_level)
        ) x group by e, s order by e, s
        on conflict (enterprise_id, skill_level) do update set n = worker_count.n + excluded.n;
    end if;
    return null;
end;
$$;

create trigger worker_count_insert after insert on worker
    referencing new table as new_rows for each statement execute function worker_count_changed();
create trigger worker_count_update after update on worker
    referencing old table as old_rows new table as new_rows for each statement execute function worker_count_changed();
create trigger worker_count_delete after delete on worker
    referencing old table as old_rows for each statement execute function worker_count_changed();

create index worker_name_order_idx on worker (name, id);
create index worker_enterprise_skill_idx on worker (enterprise_id, skill_level, id);

create function worker_count_truncated() returns trigger language plpgsql as $$
begin
    delete from worker_count;
    return null;
end;
$$;
create trigger worker_count_truncate after truncate on worker for each statement execute function worker_count_truncated();
