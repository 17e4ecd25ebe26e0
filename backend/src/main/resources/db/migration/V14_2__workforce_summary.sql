-- Issue 13: maintained aggregates, so that the workforce statistics after a write cost a sum over
-- ~13,500 enterprise rows instead of a pass over every worker.
--
-- workforce_summary holds, per enterprise, exactly the per-enterprise row of
-- sql/workforce-statistics.sql for the reference date workforce_summary_state.as_of (today in
-- Xian'an). Triggers on worker and employment (statement level, with transition tables, so an
-- import of 100,000 rows is a handful of set-based recounts, not 100,000) recount the enterprises a
-- statement touched, in the writing transaction. Recounting (rather than adding deltas) keeps one
-- definition of every measure, the same SQL as the full pass; writers of the same enterprise take
-- that enterprise's advisory lock first and recount in a fresh snapshot after it, so two
-- concurrent writers of one enterprise cannot overwrite each other's recount.
--
-- A statement touching more than 500 enterprises (the demo generator, a province-wide import)
-- and the first write of a new day (ages and employments are counted on the reference date) mark
-- the summary for a full rebuild, done once at that transaction's commit by a deferred trigger.
-- The statistics read the summary only when its as_of is the date asked for, else the full pass.

create table workforce_summary (
    enterprise_id            bigint primary key references enterprise (id) on delete cascade,
    total                    bigint not null,
    male                     bigint not null,
    female                   bigint not null,
    college                  bigint not null,
    senior_high              bigint not null,
    junior_high              bigint not null,
    below_junior             bigint not null,
    wage_under_2000          bigint not null,
    wage_2000_3000           bigint not null,
    wage_3000_5000           bigint not null,
    wage_over_5000           bigint not null,
    age_under_30             bigint not null,
    age_30_40                bigint not null,
    age_40_50                bigint not null,
    age_over_50              bigint not null,
    tier_general             bigint not null,
    tier_junior_intermediate bigint not null,
    tier_senior              bigint not null,
    migrant                  bigint not null,
    migrant_outside          bigint not null,
    union_members            bigint not null,
    party_members            bigint not null
);

-- as_of null: not built (or marked for a rebuild); the statistics then take the full pass.
create table workforce_summary_state (
    id    integer primary key check (id = 1),
    as_of date
);
insert into workforce_summary_state (id, as_of) values (1, null);

-- One row per transaction that asked for a full rebuild, removed at its commit.
create table workforce_summary_rebuild (
    txid bigint not null
);

-- The reference date of the maintained summary: today in Xian'an (the API's ClockProducer.ZONE).
create function workforce_summary_today() returns date language sql stable as $$
    select (now() at time zone 'Asia/Shanghai')::date
$$;

-- Recounts the given enterprises (all of them when ids is null) for reference date d.
create function workforce_summary_recount(ids bigint[], d date) returns void language plpgsql as $$
begin
    if ids is null then
        delete from workforce_summary;
    else
        delete from workforce_summary where enterprise_id = any (ids);
    end if;
    insert into workforce_summary
    select m.enterprise_id,
           count(*),
           count(*) filter (where w.gender = 'MALE'),
           count(*) filter (where w.gender = 'FEMALE'),
           count(*) filter (where w.education = 'COLLEGE_OR_ABOVE'),
           count(*) filter (where w.education = 'SENIOR_HIGH'),
           count(*) filter (where w.education = 'JUNIOR_HIGH'),
           count(*) filter (where w.education = 'BELOW_JUNIOR_HIGH'),
           count(*) filter (where w.monthly_wage < 2000),
           count(*) filter (where w.monthly_wage >= 2000 and w.monthly_wage < 3000),
           count(*) filter (where w.monthly_wage >= 3000 and w.monthly_wage < 5000),
           count(*) filter (where w.monthly_wage >= 5000),
           count(*) filter (where w.birth_date > (d - interval '30 years')::date),
           count(*) filter (where w.birth_date <= (d - interval '30 years')::date and w.birth_date > (d - interval '40 years')::date),
           count(*) filter (where w.birth_date <= (d - interval '40 years')::date and w.birth_date > (d - interval '50 years')::date),
           count(*) filter (where w.birth_date <= (d - interval '50 years')::date),
           count(*) filter (where w.skill_level = 'NONE'),
           count(*) filter (where w.skill_level in ('JUNIOR', 'INTERMEDIATE')),
           count(*) filter (where w.skill_level in ('SENIOR', 'TECHNICIAN', 'SENIOR_TECHNICIAN')),
           count(*) filter (where w.agricultural_hukou),
           count(*) filter (where w.agricultural_hukou and w.from_outside),
           count(*) filter (where w.union_member),
           count(*) filter (where w.party_member)
    from worker w
    join employment m on m.worker_id = w.id and m.start_date <= d and (m.end_date is null or m.end_date >= d)
    where ids is null or m.enterprise_id = any (ids)
    group by m.enterprise_id;
end;
$$;

-- Marks the summary for a full rebuild at this transaction's commit (once per transaction).
create function workforce_summary_mark_rebuild() returns void language plpgsql as $$
begin
    if coalesce(current_setting('xianan.summary_rebuild', true), '') <> '1' then
        update workforce_summary_state set as_of = null where id = 1;
        insert into workforce_summary_rebuild (txid) values (txid_current());
        perform set_config('xianan.summary_rebuild', '1', true);
    end if;
end;
$$;

create function workforce_summary_rebuild_at_commit() returns trigger language plpgsql as $$
declare
    d date := workforce_summary_today();
begin
    -- alone: no per-enterprise recount runs beside the full one
    perform pg_advisory_xact_lock(14, 0);
    perform workforce_summary_recount(null, d);
    update workforce_summary_state set as_of = d where id = 1;
    delete from workforce_summary_rebuild where txid = new.txid;
    return null;
end;
$$;

create constraint trigger workforce_summary_rebuild_commit after insert on workforce_summary_rebuild
    deferrable initially deferred for each row execute function workforce_summary_rebuild_at_commit();

-- Recounts the enterprises a statement touched, or marks a full rebuild (many enterprises, a new day).
create function workforce_summary_touch(ids bigint[]) returns void language plpgsql as $$
declare
    d date := workforce_summary_today();
    built date;
    eid bigint;
begin
    if ids is null or cardinality(ids) = 0 then
        return;
    end if;
    if current_setting('xianan.summary_rebuild', true) = '1' then
        return; -- rebuilt whole at commit
    end if;
    select s.as_of into built from workforce_summary_state s where s.id = 1;
    if built is distinct from d or cardinality(ids) > 500 then
        perform workforce_summary_mark_rebuild();
        return;
    end if;
    perform pg_advisory_xact_lock_shared(14, 0);
    foreach eid in array ids loop -- ids come sorted: no lock-order deadlock between writers
        perform pg_advisory_xact_lock(14, (eid % 2147483647)::integer);
    end loop;
    perform workforce_summary_recount(ids, d);
end;
$$;

create function workforce_summary_employment_changed() returns trigger language plpgsql as $$
declare
    ids bigint[];
begin
    if tg_op = 'INSERT' then
        select array_agg(distinct enterprise_id order by enterprise_id) into ids from new_rows;
    elsif tg_op = 'DELETE' then
        select array_agg(distinct enterprise_id order by enterprise_id) into ids from old_rows;
    else
        select array_agg(distinct e order by e) into ids from (
            select o.enterprise_id e from old_rows o join new_rows n using (id)
            where (o.enterprise_id, o.start_date, o.end_date, o.worker_id) is distinct from (n.enterprise_id, n.start_date, n.end_date, n.worker_id)
            union all
            select n.enterprise_id from old_rows o join new_rows n using (id)
            where (o.enterprise_id, o.start_date, o.end_date, o.worker_id) is distinct from (n.enterprise_id, n.start_date, n.end_date, n.worker_id)
        ) x;
    end if;
    perform workforce_summary_touch(ids);
    return null;
end;
$$;

create trigger employment_summary_insert after insert on employment
    referencing new table as new_rows for each statement execute function workforce_summary_employment_changed();
create trigger employment_summary_update after update on employment
    referencing old table as old_rows new table as new_rows for each statement execute function workforce_summary_employment_changed();
create trigger employment_summary_delete after delete on employment
    referencing old table as old_rows for each statement execute function workforce_summary_employment_changed();

-- A worker's counted attributes changed: recount the enterprises employing them (any employment:
-- cheap, and right whatever the reference date). A new worker counts only once employed, and a
-- worker is deleted only after their employments.
create function workforce_summary_worker_changed() returns trigger language plpgsql as $$
declare
    ids bigint[];
begin
    select array_agg(distinct m.enterprise_id order by m.enterprise_id) into ids
    from old_rows o join new_rows n using (id) join employment m on m.worker_id = n.id
    where (o.gender, o.birth_date, o.education, o.monthly_wage, o.skill_level, o.agricultural_hukou, o.from_outside,
           o.union_member, o.party_member)
          is distinct from (n.gender, n.birth_date, n.education, n.monthly_wage, n.skill_level, n.agricultural_hukou,
           n.from_outside, n.union_member, n.party_member);
    perform workforce_summary_touch(ids);
    return null;
end;
$$;

create trigger worker_summary_update after update on worker
    referencing old table as old_rows new table as new_rows for each statement execute function workforce_summary_worker_changed();

-- Emptied with the employments (the tests' clean-up truncates the registry).
create function workforce_summary_truncated() returns trigger language plpgsql as $$
begin
    delete from workforce_summary;
    return null;
end;
$$;
create trigger employment_summary_truncate after truncate on employment for each statement execute function workforce_summary_truncated();

-- Built on the first write (or by the full pass until then): no pass over the registry here.
