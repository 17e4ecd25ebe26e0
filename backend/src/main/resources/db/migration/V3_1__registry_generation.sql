-- The registry's generation: a counter raised once by every transaction that writes workers,
-- employments or enterprises (the tables the workforce statistics read). The statistics service
-- and the worker list keep their aggregates per filter and generation, so the dashboard's
-- repeated reads cost one primary-key lookup until the registry changes.
--
-- How, cheaply and without holding a lock through a long import:
--  1. a statement-level trigger on the three tables (not per row: an import of 100,000 rows is
--     a handful of statements) notes the transaction once, in registry_change;
--  2. a deferred constraint trigger on registry_change raises the counter at commit, so the
--     counter row is locked only for the moment of the commit (no lock-order deadlocks between
--     writers), and readers see the new generation exactly when they can see the new rows.
create table registry_generation (
    id integer primary key check (id = 1),
    n  bigint  not null
);
insert into registry_generation (id, n) values (1, 0);

-- One row per writing transaction, removed again at its commit.
create table registry_change (
    txid bigint not null
);

create function note_registry_change() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('xianan.registry_changed', true), '') <> '1' then
        insert into registry_change (txid) values (txid_current());
        perform set_config('xianan.registry_changed', '1', true);
    end if;
    return null;
end;
$$;

create function bump_registry_generation() returns trigger language plpgsql as $$
begin
    update registry_generation set n = n + 1 where id = 1;
    delete from registry_change where txid = new.txid;
    return null;
end;
$$;

create constraint trigger registry_change_commit after insert on registry_change
    deferrable initially deferred for each row execute function bump_registry_generation();

create trigger worker_generation after insert or update or delete or truncate on worker
    for each statement execute function note_registry_change();
create trigger employment_generation after insert or update or delete or truncate on employment
    for each statement execute function note_registry_change();
create trigger enterprise_generation after insert or update or delete or truncate on enterprise
    for each statement execute function note_registry_change();
