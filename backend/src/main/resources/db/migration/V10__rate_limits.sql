-- Per-client rate limits (common/limits/RateLimiter): Bucket4j's PostgreSQL token buckets, one row
-- per client and kind of heavy operation, locked with SELECT … FOR UPDATE while a request takes a
-- token, so that every replica sees the same counts. The state is Bucket4j's own serialised form;
-- expires_at (epoch milliseconds) is when a bucket is full again and its row may be deleted.
CREATE TABLE rate_limit_bucket (
    id         varchar(300) PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
