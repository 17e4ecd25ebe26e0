-- Issue 13: an employment's summary delta locks only workers another transaction could change.
--
-- V25 reads the workers of a statement's employments `for share`, in id order, so that an edit of
-- a worker committed meanwhile is counted with its committed values. A worker this transaction
-- created (or already changed) cannot be changed by anyone else before this transaction ends, so
-- the lock only costs: a WAL record and a dirtied page per worker. An import's new people are all
-- such workers: the statement that opens their employments locked 25,000 rows a batch for nothing
-- (about a tenth of that statement, docs/benchmarks.md). The caller says so by setting
-- xianan.summary_workers_held to 'on' for that statement only (WorkerImportWriter); everyone else
-- (the API's edits, transfers, the import's statements over existing workers) still locks.
create or replace function workforce_summary_employment_changed() returns trigger language plpgsql as $$
declare
    d date := workforce_summary_today();
    deltas workforce_summary_delta[];
    active constant text := ' start_date <= $1 and (end_date is null or end_date >= $1)';
    pairs text;
    -- V25: the workers' values are read locked (for share, in id order): a transaction that changes
    -- a worker's counted values concurrently (and so holds the row) is waited for, and its committed
    -- values are the ones counted here (MaintainedAggregatesTest). Not when the caller holds them all.
    locked constant text := case when coalesce(current_setting('xianan.summary_workers_held', true), '') = 'on'
                                 then '' else ' order by w.id for share of w' end;
begin
    if workforce_summary_rebuilding() then
        return null;
    end if;
    if tg_op = 'INSERT' then
        pairs := 'select enterprise_id, worker_id, 1 as sign from new_rows where' || active;
    elsif tg_op = 'DELETE' then
        pairs := 'select enterprise_id, worker_id, -1 as sign from old_rows where' || active;
    else
        pairs := 'select enterprise_id, worker_id, -1 as sign from old_rows where' || active
              || ' union all select enterprise_id, worker_id, 1 from new_rows where' || active;
    end if;
    execute 'select array_agg(row(p.enterprise_id, p.sign, p.w)::workforce_summary_delta) from ('
         || 'select x.enterprise_id, x.sign, w from (' || pairs || ') x join worker w on w.id = x.worker_id'
         || locked || ') p'
    into deltas using d;
    perform workforce_summary_apply(deltas, d);
    return null;
end;
$$;

-- The list's counts (V14_3, V25) in one statement for insert, update and delete: the old rows
-- leave (-1), the new rows come back (+1), and what did not change sums to nothing (the way the
-- employment trigger builds its pairs).
create or replace function worker_count_changed() returns trigger language plpgsql as $$
declare
    pairs text;
begin
    if tg_op = 'INSERT' then
        pairs := 'select enterprise_id, skill_level, 1 as d from new_rows';
    elsif tg_op = 'DELETE' then
        pairs := 'select enterprise_id, skill_level, -1 as d from old_rows';
    else
        pairs := 'select enterprise_id, skill_level, -1 as d from old_rows '
              || 'union all select enterprise_id, skill_level, 1 from new_rows';
    end if;
    execute 'insert into worker_count (enterprise_id, skill_level, n) '
         || 'select coalesce(enterprise_id, 0), skill_level, sum(d) from (' || pairs || ') x '
         || 'group by 1, 2 having sum(d) <> 0 order by 1, 2 '
         || 'on conflict (enterprise_id, skill_level) do update set n = worker_count.n + excluded.n';
    return null;
end;
$$;
