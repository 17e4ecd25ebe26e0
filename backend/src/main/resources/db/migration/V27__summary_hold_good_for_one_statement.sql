-- Issue 13: the import's "this transaction holds these workers" (V26) is good for one statement only.
--
-- V26 let a caller set xianan.summary_workers_held to 'on' so that the employment trigger's summary
-- delta reads the statement's workers without a row lock, and trusted the caller to clear it right
-- after that statement. A caller that forgot would bring back, for every later employment statement of
-- its transaction, the race V25 closed (a transfer counted with a wage edited concurrently). The
-- trigger now clears the setting itself when it reads it, before anything else, so that the next
-- employment statement locks again whatever the caller does (MaintainedAggregatesTest).
create or replace function workforce_summary_employment_changed() returns trigger language plpgsql as $$
declare
    d date := workforce_summary_today();
    deltas workforce_summary_delta[];
    active constant text := ' start_date <= $1 and (end_date is null or end_date >= $1)';
    pairs text;
    held constant boolean := coalesce(current_setting('xianan.summary_workers_held', true), '') = 'on';
    -- V25: the workers' values are read locked (for share, in id order): a transaction that changes
    -- a worker's counted values concurrently (and so holds the row) is waited for, and its committed
    -- values are the ones counted here (MaintainedAggregatesTest). Not when the caller holds them all.
    locked constant text := case when held then '' else ' order by w.id for share of w' end;
begin
    if held then
        perform set_config('xianan.summary_workers_held', '', true);
    end if;
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
