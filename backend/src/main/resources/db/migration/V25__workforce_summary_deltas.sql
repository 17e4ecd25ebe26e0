-- Issue 13: the maintained workforce summary (V14_2) is kept by deltas instead of recounts.
--
-- Before, a statement recounted every enterprise it touched: an edit of one worker of an
-- enterprise of 100,000 workers counted all 100,000 again under that enterprise's lock (4 edits a
-- second, docs/benchmarks.md), and an import into a large enterprise recounted it once per
-- statement. Now a statement adds what it changed: -1 for each (enterprise, worker) pair it stops
-- counting, +1 for each pair it starts counting, with the worker's counted values, grouped by
-- enterprise and added onto the enterprise's row (insert … on conflict, as worker_count, V14_3).
-- An edit costs the same in an enterprise of 10 or of 100,000 workers, and writers of the same
-- enterprise only meet on its row (deltas commute).
--
-- A pair counts on the reference date d when the employment is active on d (start_date <= d and
-- no end_date or end_date >= d), exactly as the full pass of sql/workforce-statistics.sql and
-- workforce_summary_recount (V14_2), which still rebuilds everything on the first write of a new
-- day, after a truncate, and at the end of a demo generation. MaintainedAggregatesTest proves the
-- two definitions give the same rows after creates, edits, transfers, concurrent writers,
-- imports and awards.

-- One signed (enterprise, worker) pair: the worker's values as counted (the whole row).
create type workforce_summary_delta as (enterprise_id bigint, sign integer, w worker);

-- Adds the pairs' counts (for reference date d) onto the enterprises' rows; removes a row whose
-- total reaches 0 (the full pass has no row for an enterprise nobody works at on d).
create function workforce_summary_add(deltas workforce_summary_delta[], d date) returns void language plpgsql as $$
begin
    insert into workforce_summary as s
    select * from (select x.enterprise_id,
           sum(x.sign) as total,
           coalesce(sum(x.sign) filter (where (x.w).gender = 'MALE'), 0) as male,
           coalesce(sum(x.sign) filter (where (x.w).gender = 'FEMALE'), 0) as female,
           coalesce(sum(x.sign) filter (where (x.w).education = 'COLLEGE_OR_ABOVE'), 0) as college,
           coalesce(sum(x.sign) filter (where (x.w).education = 'SENIOR_HIGH'), 0) as senior_high,
           coalesce(sum(x.sign) filter (where (x.w).education = 'JUNIOR_HIGH'), 0) as junior_high,
           coalesce(sum(x.sign) filter (where (x.w).education = 'BELOW_JUNIOR_HIGH'), 0) as below_junior,
           coalesce(sum(x.sign) filter (where (x.w).monthly_wage < 2000), 0) as wage_under_2000,
           coalesce(sum(x.sign) filter (where (x.w).monthly_wage >= 2000 and (x.w).monthly_wage < 3000), 0) as wage_2000_3000,
           coalesce(sum(x.sign) filter (where (x.w).monthly_wage >= 3000 and (x.w).monthly_wage < 5000), 0) as wage_3000_5000,
           coalesce(sum(x.sign) filter (where (x.w).monthly_wage >= 5000), 0) as wage_over_5000,
           coalesce(sum(x.sign) filter (where (x.w).birth_date > (d - interval '30 years')::date), 0) as age_under_30,
           coalesce(sum(x.sign) filter (where (x.w).birth_date <= (d - interval '30 years')::date
                                          and (x.w).birth_date > (d - interval '40 years')::date), 0) as age_30_40,
           coalesce(sum(x.sign) filter (where (x.w).birth_date <= (d - interval '40 years')::date
                                          and (x.w).birth_date > (d - interval '50 years')::date), 0) as age_40_50,
           coalesce(sum(x.sign) filter (where (x.w).birth_date <= (d - interval '50 years')::date), 0) as age_over_50,
           coalesce(sum(x.sign) filter (where (x.w).skill_level = 'NONE'), 0) as tier_general,
           coalesce(sum(x.sign) filter (where (x.w).skill_level in ('JUNIOR', 'INTERMEDIATE')), 0) as tier_junior_intermediate,
           coalesce(sum(x.sign) filter (where (x.w).skill_level in ('SENIOR', 'TECHNICIAN', 'SENIOR_TECHNICIAN')), 0) as tier_senior,
           coalesce(sum(x.sign) filter (where (x.w).agricultural_hukou), 0) as migrant,
           coalesce(sum(x.sign) filter (where (x.w).agricultural_hukou and (x.w).from_outside), 0) as migrant_outside,
           coalesce(sum(x.sign) filter (where (x.w).union_member), 0) as union_members,
           coalesce(sum(x.sign) filter (where (x.w).party_member), 0) as party_members
    from unnest(deltas) x
    group by x.enterprise_id) a
    -- what left and came back unchanged (a phone edited, a wage within its band) touches no row
    where (a.total, a.male, a.female, a.college, a.senior_high, a.junior_high, a.below_junior, a.wage_under_2000, a.wage_2000_3000,
           a.wage_3000_5000, a.wage_over_5000, a.age_under_30, a.age_30_40, a.age_40_50, a.age_over_50, a.tier_general,
           a.tier_junior_intermediate, a.tier_senior, a.migrant, a.migrant_outside, a.union_members, a.party_members)
          <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    order by a.enterprise_id -- rows locked in one order: no deadlock between two writers of the same enterprises
    on conflict (enterprise_id) do update set
        total = s.total + excluded.total, male = s.male + excluded.male, female = s.female + excluded.female,
        college = s.college + excluded.college, senior_high = s.senior_high + excluded.senior_high,
        junior_high = s.junior_high + excluded.junior_high, below_junior = s.below_junior + excluded.below_junior,
        wage_under_2000 = s.wage_under_2000 + excluded.wage_under_2000, wage_2000_3000 = s.wage_2000_3000 + excluded.wage_2000_3000,
        wage_3000_5000 = s.wage_3000_5000 + excluded.wage_3000_5000, wage_over_5000 = s.wage_over_5000 + excluded.wage_over_5000,
        age_under_30 = s.age_under_30 + excluded.age_under_30, age_30_40 = s.age_30_40 + excluded.age_30_40,
        age_40_50 = s.age_40_50 + excluded.age_40_50, age_over_50 = s.age_over_50 + excluded.age_over_50,
        tier_general = s.tier_general + excluded.tier_general,
        tier_junior_intermediate = s.tier_junior_intermediate + excluded.tier_junior_intermediate,
        tier_senior = s.tier_senior + excluded.tier_senior, migrant = s.migrant + excluded.migrant,
        migrant_outside = s.migrant_outside + excluded.migrant_outside, union_members = s.union_members + excluded.union_members,
        party_members = s.party_members + excluded.party_members;
    delete from workforce_summary s
    where s.total = 0 and s.enterprise_id in (select x.enterprise_id from unnest(deltas) x);
end;
$$;

-- Applies a statement's pairs, or leaves them to the full rebuild: when this transaction already
-- rebuilds at its commit (or a demo generation asked to skip), nothing to do; when the summary is
-- not built for today (a new day, or a rebuild pending), this write marks the full rebuild.
create function workforce_summary_apply(deltas workforce_summary_delta[], d date) returns void language plpgsql as $$
declare
    built date;
begin
    if deltas is null or cardinality(deltas) = 0 then
        return;
    end if;
    select s.as_of into built from workforce_summary_state s where s.id = 1;
    if built is distinct from d then
        perform workforce_summary_mark_rebuild();
        return;
    end if;
    -- beside a full rebuild (which takes it exclusively at a commit), never during one
    perform pg_advisory_xact_lock_shared(14, 0);
    perform workforce_summary_add(deltas, d);
end;
$$;

-- Whether this transaction leaves the summary to a full rebuild (marked, or a demo generation).
create function workforce_summary_rebuilding() returns boolean language sql stable as $$
    select coalesce(current_setting('xianan.summary_rebuild', true), '') = '1'
$$;

-- The statements below are run with EXECUTE, planned for the rows at hand each time: PL/pgSQL keeps
-- a static statement's plan for the session, with the transition table's row count of its first
-- run, and a pooled connection that first ran a one-row edit then joined 11,340 changed workers by
-- nested loop (34 s instead of 0.2 s, measured on 1,000,000 workers). A join of old_rows with
-- new_rows is avoided too: the old values leave (-1) and the new ones come back (+1), and what did
-- not change sums to nothing.
create or replace function workforce_summary_employment_changed() returns trigger language plpgsql as $$
declare
    d date := workforce_summary_today();
    deltas workforce_summary_delta[];
    active constant text := ' start_date <= $1 and (end_date is null or end_date >= $1)';
    pairs text;
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
    -- The workers' values are read locked (for share, in id order): a transaction that changes a
    -- worker's counted values concurrently (and so holds the row) is waited for, and its committed
    -- values are the ones counted here. Without the lock, an import ending an employment while an
    -- edit raised that worker's wage took the old wage off the enterprise, and the edit had already
    -- replaced it by the new one: the enterprise kept the difference (MaintainedAggregatesTest).
    execute 'select array_agg(row(p.enterprise_id, p.sign, p.w)::workforce_summary_delta) from ('
         || 'select x.enterprise_id, x.sign, w from (' || pairs || ') x join worker w on w.id = x.worker_id'
         || ' order by w.id for share of w) p'
    into deltas using d;
    perform workforce_summary_apply(deltas, d);
    return null;
end;
$$;

-- A worker's counted values changed: their pairs leave with the old values and come back with the
-- new ones, for each employment active on d.
create or replace function workforce_summary_worker_changed() returns trigger language plpgsql as $$
declare
    d date := workforce_summary_today();
    deltas workforce_summary_delta[];
begin
    if workforce_summary_rebuilding() then
        return null;
    end if;
    execute 'select array_agg(row(m.enterprise_id, x.sign, x.w)::workforce_summary_delta) from ('
         || 'select o.id, -1 as sign, row(o.*)::worker as w from old_rows o'
         || ' union all select n.id, 1, row(n.*)::worker from new_rows n'
         || ') x join employment m on m.worker_id = x.id and m.start_date <= $1 and (m.end_date is null or m.end_date >= $1)'
    into deltas using d;
    perform workforce_summary_apply(deltas, d);
    return null;
end;
$$;

-- The list's counts (V14_3) the same way: an update's old rows leave and its new rows come back
-- (no join of old_rows with new_rows, whose cached plan could be a nested loop; see above).
create or replace function worker_count_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        execute 'insert into worker_count (enterprise_id, skill_level, n) '
             || 'select coalesce(enterprise_id, 0), skill_level, count(*) from new_rows group by 1, 2 order by 1, 2 '
             || 'on conflict (enterprise_id, skill_level) do update set n = worker_count.n + excluded.n';
    elsif tg_op = 'DELETE' then
        execute 'insert into worker_count (enterprise_id, skill_level, n) '
             || 'select coalesce(enterprise_id, 0), skill_level, -count(*) from old_rows group by 1, 2 order by 1, 2 '
             || 'on conflict (enterprise_id, skill_level) do update set n = worker_count.n + excluded.n';
    else
        execute 'insert into worker_count (enterprise_id, skill_level, n) '
             || 'select e, s, sum(d) from (select coalesce(enterprise_id, 0) e, skill_level s, -1 d from old_rows '
             || 'union all select coalesce(enterprise_id, 0), skill_level, 1 from new_rows) x '
             || 'group by e, s having sum(d) <> 0 order by e, s '
             || 'on conflict (enterprise_id, skill_level) do update set n = worker_count.n + excluded.n';
    end if;
    return null;
end;
$$;

-- the recount per statement is gone; the full rebuild keeps workforce_summary_recount
drop function workforce_summary_touch(bigint[]);
