-- The workforce profile of the district's review over the workers employed on the reference date.
-- Two levels: first one pass over the workers, aggregated per enterprise (a hash aggregate, no
-- count(distinct), which made the flat version 4x slower at a million workers); then the
-- enterprise rows are filtered (the enterprise filter of callers who get exact figures) and summed
-- per industry and zone: one row per cell of the industry x zone table, which the service adds up
-- for the filter asked and, for protected callers, suppresses as one set of linked tables.
-- Parameters: 1–6 the birth-date bounds for ages 30, 40, 50 (each twice); 7 asOf (party members
-- who had joined by then: worker.party_joined_on, null = date unknown, counted); 8–9 asOf;
-- the service appends its filter parameters at /*filters*/. backend/dev/bench-registry.sh runs
-- this file in psql beside the API.
with per_enterprise as (
    select m.enterprise_id,
           count(*)                                                                   as total,
           count(*) filter (where w.gender = 'MALE')                                  as male,
           count(*) filter (where w.gender = 'FEMALE')                                as female,
           count(*) filter (where w.education = 'COLLEGE_OR_ABOVE')                   as college,
           count(*) filter (where w.education = 'SENIOR_HIGH')                        as senior_high,
           count(*) filter (where w.education = 'JUNIOR_HIGH')                        as junior_high,
           count(*) filter (where w.education = 'BELOW_JUNIOR_HIGH')                  as below_junior,
           count(*) filter (where w.monthly_wage < 2000)                              as wage_under_2000,
           count(*) filter (where w.monthly_wage >= 2000 and w.monthly_wage < 3000)   as wage_2000_3000,
           count(*) filter (where w.monthly_wage >= 3000 and w.monthly_wage < 5000)   as wage_3000_5000,
           count(*) filter (where w.monthly_wage >= 5000)                             as wage_over_5000,
           count(*) filter (where w.birth_date > ?::date)                             as age_under_30,
           count(*) filter (where w.birth_date <= ?::date and w.birth_date > ?::date) as age_30_40,
           count(*) filter (where w.birth_date <= ?::date and w.birth_date > ?::date) as age_40_50,
           count(*) filter (where w.birth_date <= ?::date)                            as age_over_50,
           count(*) filter (where w.skill_level = 'NONE')                             as tier_general,
           count(*) filter (where w.skill_level in ('JUNIOR', 'INTERMEDIATE'))        as tier_junior_intermediate,
           count(*) filter (where w.skill_level in ('SENIOR', 'TECHNICIAN', 'SENIOR_TECHNICIAN')) as tier_senior,
           count(*) filter (where w.agricultural_hukou)                               as migrant,
           count(*) filter (where w.agricultural_hukou and w.from_outside)            as migrant_outside,
           count(*) filter (where w.union_member)                                     as union_members,
           count(*) filter (where w.party_member and (w.party_joined_on is null or w.party_joined_on <= ?::date)) as party_members
    from worker w
    join employment m on m.worker_id = w.id
                     and m.start_date <= ?::date and (m.end_date is null or m.end_date >= ?::date)
    group by m.enterprise_id
),
counted as (
    select p.*, e.industry_code, e.in_dev_zone, e.has_union, e.has_party_org
    from per_enterprise p
    join enterprise e on e.id = p.enterprise_id
    where true /*filters*/
)
select industry_code, in_dev_zone,
       coalesce(sum(total), 0)                    as total,
       coalesce(sum(male), 0)                     as male,
       coalesce(sum(female), 0)                   as female,
       coalesce(sum(college), 0)                  as college,
       coalesce(sum(senior_high), 0)              as senior_high,
       coalesce(sum(junior_high), 0)              as junior_high,
       coalesce(sum(below_junior), 0)             as below_junior,
       coalesce(sum(wage_under_2000), 0)          as wage_under_2000,
       coalesce(sum(wage_2000_3000), 0)           as wage_2000_3000,
       coalesce(sum(wage_3000_5000), 0)           as wage_3000_5000,
       coalesce(sum(wage_over_5000), 0)           as wage_over_5000,
       coalesce(sum(age_under_30), 0)             as age_under_30,
       coalesce(sum(age_30_40), 0)                as age_30_40,
       coalesce(sum(age_40_50), 0)                as age_40_50,
       coalesce(sum(age_over_50), 0)              as age_over_50,
       coalesce(sum(tier_general), 0)             as tier_general,
       coalesce(sum(tier_junior_intermediate), 0) as tier_junior_intermediate,
       coalesce(sum(tier_senior), 0)              as tier_senior,
       coalesce(sum(migrant), 0)                  as migrant,
       coalesce(sum(migrant_outside), 0)          as migrant_outside,
       coalesce(sum(union_members), 0)            as union_members,
       coalesce(sum(party_members), 0)            as party_members,
       count(*)                                   as enterprises,
       count(*) filter (where has_union)          as enterprises_with_union,
       count(*) filter (where has_party_org)      as enterprises_with_party_org
from counted
group by industry_code, in_dev_zone
order by industry_code, in_dev_zone
