-- Month-end snapshots of the aggregates for analysts' series (docs/integration-series.md).
-- One row per aggregate and month end: the aggregate's input table as it stood on that day
-- (for the workforce: the industry x zone rows of counts the statistics are cut from). The
-- disclosure control is applied when answering, by the same code as the current figures, so a
-- series point and the current answer for the same month end are one and the same table.
-- method: MONTH_END = taken by the scheduled job after the month ended (the registry as it was);
-- BACKFILL = recomputed later from the dated records (see the document for what is approximated).
create table statistics_snapshot (
    aggregate    varchar(32)   not null check (aggregate in ('workforce', 'subsidies', 'competitions', 'task-board')),
    month_end    date          not null,
    payload      jsonb         not null,
    method       varchar(16)   not null check (method in ('MONTH_END', 'BACKFILL')),
    computed_at  timestamptz   not null default now(),
    primary key (aggregate, month_end),
    check (month_end = (date_trunc('month', month_end) + interval '1 month - 1 day')::date)
);

comment on table statistics_snapshot is 'Month-end snapshots of the statistics (input tables, before disclosure control); written once per aggregate and month end';
