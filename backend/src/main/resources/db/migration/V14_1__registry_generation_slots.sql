-- Issue 13: the registry generation (V3_1) must not serialise writers. One counter row raised at
-- every commit made all writing transactions queue on that row's lock for the moment of their
-- commit (WAL flush included). The generation becomes the SUM over 32 slots; each committing
-- transaction raises the slot of its transaction id, so concurrent writers (consecutive ids)
-- raise different rows. The sum still rises by one per writing commit, is read in one snapshot
-- with the rows it describes, and equal sums mean equal registry tables (snapshots see a prefix
-- of the commit order), so answers cached per generation stay correct.
alter table registry_generation drop constraint registry_generation_id_check;
alter table registry_generation add constraint registry_generation_slot check (id between 1 and 32);
insert into registry_generation (id, n) select g, 0 from generate_series(2, 32) g;

create or replace function bump_registry_generation() returns trigger language plpgsql as $$
begin
    update registry_generation set n = n + 1 where id = 1 + (new.txid % 32);
    delete from registry_change where txid = new.txid;
    return null;
end;
$$;
