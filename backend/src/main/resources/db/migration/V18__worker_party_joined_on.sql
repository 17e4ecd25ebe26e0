-- Issue 14: party membership carries its date (入党日期), so that the registry as of a past day
-- (the annual review of any year) counts the party members of that day, and a party-member
-- development record that reaches 预备党员 can set it.
ALTER TABLE worker ADD COLUMN party_joined_on date;
ALTER TABLE worker_aud ADD COLUMN party_joined_on date;
