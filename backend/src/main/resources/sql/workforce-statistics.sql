-- The workforce profile of the district's review, in one pass over the workers employed on the
-- reference date (parameter 1 and 2: asOf; 3–5: birth-date bounds for ages 30, 40, 50).
-- The service appends its filters at /*filters*/; docs/benchmarks.md runs this file in psql.
with counted as (
    select w.gender, w.education, w.monthly_wage, w.skill_level, w.birth_date, w.agricultural_hukou,
           w.from_outside, w.union_member, w.party_member, e.id as enterprise_id, e.industry_code,
           e.has_union, e.has_party_org
    from worker w
    join employment m on m.worker_id = w.id
                     and m.start_date <= ?::date and (m.end_date is null or m.end_date >= ?::date)
    join enterprise e on e.id = m.enterprise_id
    where true /*filters*/
)
select count(*)                                                                   as total,
       count(*) filter (where gender = 'MALE')                                    as male,
       count(*) filter (where gender = 'FEMALE')                                  as female,
       count(*) filter (where education = 'COLLEGE_OR_ABOVE')                    as college,
       count(*) filter (where education = 'SENIOR_HIGH')                          as senior_high,
       count(*) filter (where education = 'JUNIOR_HIGH')                          as junior_high,
       count(*) filter (where education = 'BELOW_JUNIOR_HIGH')                    as below_junior,
       count(*) filter (where monthly_wage < 2000)                                as wage_under_2000,
       count(*) filter (where monthly_wage >= 2000 and monthly_wage < 3000)       as wage_2000_3000,
       count(*) filter (where monthly_wage >= 3000 and monthly_wage < 5000)       as wage_3000_5000,
       count(*) filter (where monthly_wage >= 5000)                               as wage_over_5000,
       count(*) filter (where birth_date > ?::date)                               as age_under_30,
       count(*) filter (where birth_date <= ?::date and birth_date > ?::date)     as age_30_40,
       count(*) filter (where birth_date <= ?::date and birth_date > ?::date)     as age_40_50,
       count(*) filter (where birth_date <= ?::date)                              as age_over_50,
       count(*) filter (where skill_level = 'NONE')                               as tier_general,
       count(*) filter (where skill_level in ('JUNIOR', 'INTERMEDIATE'))          as tier_junior_intermediate,
       count(*) filter (where skill_level in ('SENIOR', 'TECHNICIAN', 'SENIOR_TECHNICIAN')) as tier_senior,
       count(*) filter (where agricultural_hukou)                                 as migrant,
       count(*) filter (where agricultural_hukou and from_outside)                as migrant_outside,
       count(*) filter (where union_member)                                       as union_members,
       count(*) filter (where party_member)                                       as party_members,
       count(distinct enterprise_id)                                              as enterprises,
       count(distinct enterprise_id) filter (where has_union)                     as enterprises_with_union,
       count(distinct enterprise_id) filter (where has_party_org)                 as enterprises_with_party_org,
       (select coalesce(json_object_agg(industry_code, n), '{}') from
           (select industry_code, count(*) n from counted group by industry_code) i) as by_industry
from counted
