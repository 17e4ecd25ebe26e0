-- Issue 11, item 3: an import's uploaded file is deleted when the job ends, so the marked error
-- workbook can no longer be built from it. The rows that have errors (and the header row) are kept
-- instead, as uploaded, for a stated retention (xianan.imports.error-retention), after which a
-- clean-up deletes them together with the cell errors and stamps the job. The job row itself
-- (who, when, counts) stays as the record of the import.

alter table import_job alter column file_path drop not null;
alter table import_job add column errors_purged_at timestamptz;
comment on column import_job.file_path is 'the uploaded file while the job runs; null once the job has ended and the file is deleted';
comment on column import_job.errors_purged_at is 'when the retained error rows were deleted at the end of their retention';

create table import_error_row (
    job_id      bigint  not null references import_job (id) on delete cascade,
    row_number  integer not null,
    cells       text[]  not null,
    primary key (job_id, row_number)
);
comment on table import_error_row is 'the header (row 1) and the rows with errors of an import, as uploaded, for the error workbook; deleted after the retention';

create index import_job_finished_idx on import_job (finished_at) where errors_purged_at is null;
