-- People by name at the time of the act (issue 16), also for a fund's budget changes and for the
-- owner of a webhook subscription; the login stays beside it for the admin. Older rows keep a null
-- name: the API then answers the name it knows for the login (a system or client), else the login.
alter table subsidy_fund_adjustment add column actor_name varchar(200);
alter table webhook_subscription add column owner_name varchar(200);
