-- The registry's generation: a counter raised once by every transaction that writes workers,
-- employments or enterprises (the tables the workforce statistics read). The statistics service
-- caches its aggregate per filter and generation, so the dashboard's repeated reads cost one
-- primary-key lookup until the registry changes.
--
-- The triggers are deferred to commit and the counter is raised once per transaction, so the
-- counter row is locked only for the moment of the commit (no lock held through a long import,
-- no lock-order deadlock between writers), and readers see the new generation exactly when they
-- can see the new rows.
create table registry_generation (
    id integer primary key check (id = 1),
    n  bigint  not null
);
insert into registry_generation (id, n) values (1, 0);

create function bump_registry_generation() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('xianan.registry_bumped', true), '') <> '1' then
        update registry_generation set n = n + 1 where id = 1;
        perform set_config('xianan.registry_bumped', '1', true);
    end if;
    return null;
end;
$$;

create constraint trigger worker_generation after insert or update or delete on worker
    deferrable initially deferred for each row execute function bump_registry_generation();
create constraint trigger employment_generation after insert or update or delete on employment
    deferrable initially deferred for each row execute function bump_registry_generation();
create constraint trigger enterprise_generation after insert or update or delete on enterprise
    deferrable initially deferred for each row execute function bump_registry_generation();
-- TRUNCATE has no rows to fire for: count it at once.
create trigger worker_generation_truncate after truncate on worker
    for each statement execute function bump_registry_generation();
create trigger employment_generation_truncate after truncate on employment
    for each statement execute function bump_registry_generation();
create trigger enterprise_generation_truncate after truncate on enterprise
    for each statement execute function bump_registry_generation();
