-- Issue 14, second part: the remaining department records (model-worker stories, party-member
-- development, labour disputes, safety inspections), the record kinds as admin dictionaries, and
-- the honours' citation (事迹).

-- Party-member development is written by the federation; its type code is party-member-development.
delete from record_type_owner where record_type = 'party-developments';
insert into record_type_owner (record_type, department_id)
select 'party-member-development', d.id from department d where d.code = 'federation'
on conflict do nothing;

-- A labour-dispute case number is unique (the service says so per field; the index backs it).
create unique index department_record_case_number_uq on department_record ((fields ->> 'caseNumber'))
    where record_type = 'labour-disputes';

-- The record kinds: open dictionaries (the admin adds, relabels, reorders, deactivates). The codes
-- the code switches on are behavioural: 预备党员/正式党员 make a worker a party member; an accepted
-- demo site is what the figures count.
insert into dictionary_kind (kind, label_zh, label_en, open, sort_order) values
    ('publicity_session_kind', '宣讲类型',     'Publicity session kind',   true, 300),
    ('demo_site_level',        '示范点级别',   'Demo site level',          true, 310),
    ('demo_site_status',       '示范点状态',   'Demo site status',         true, 320),
    ('school_level',           '学段',         'School level',             true, 330),
    ('story_outlet',           '宣传媒体',     'Outlet',                   true, 340),
    ('party_stage',            '发展党员阶段', 'Party membership stage',   true, 350),
    ('dispute_kind',           '劳动争议类型', 'Labour-dispute kind',      true, 360),
    ('dispute_channel',        '争议处理方式', 'Labour-dispute channel',   true, 370),
    ('dispute_outcome',        '争议处理结果', 'Labour-dispute outcome',   true, 380);

insert into dictionary_item (kind, code, label_zh, label_en, sort_order, behavioural) values
    ('publicity_session_kind', 'THEORY',   '理论宣讲', 'Theory session',          10, false),
    ('publicity_session_kind', 'PUBLIC',   '百姓宣讲', 'Grassroots session',      20, false),
    ('demo_site_level',        'DISTRICT', '区级',     'District',                10, false),
    ('demo_site_level',        'CITY',     '市级',     'City',                    20, false),
    ('demo_site_level',        'PROVINCE', '省级',     'Province',                30, false),
    ('demo_site_status',       'BUILDING', '创建中',   'Being built',             10, false),
    ('demo_site_status',       'ACCEPTED', '已验收',   'Accepted',                20, true),
    ('demo_site_status',       'REVOKED',  '已撤销',   'Revoked',                 30, false),
    ('school_level',           'PRIMARY',  '小学',     'Primary school',          10, false),
    ('school_level',           'JUNIOR',   '初中',     'Junior secondary school', 20, false),
    ('story_outlet',           'DISTRICT_MEDIA', '区融媒体中心', 'District media centre', 10, false),
    ('story_outlet',           'XIANNING_DAILY', '咸宁日报',     'Xianning Daily',        20, false),
    ('story_outlet',           'HUBEI_DAILY',    '湖北日报',     'Hubei Daily',           30, false),
    ('story_outlet',           'XUEXI',          '学习强国',     'Xuexi Qiangguo',        40, false),
    ('story_outlet',           'OTHER',          '其他',         'Other',                 90, false),
    ('party_stage',            'ACTIVIST',     '入党积极分子', 'Activist',            10, false),
    ('party_stage',            'CANDIDATE',    '发展对象',     'Candidate',           20, false),
    ('party_stage',            'PROBATIONARY', '预备党员',     'Probationary member', 30, true),
    ('party_stage',            'FULL',         '正式党员',     'Full member',         40, true),
    ('dispute_kind',           'WAGES',            '劳动报酬', 'Wages',             10, false),
    ('dispute_kind',           'CONTRACT',         '劳动合同', 'Labour contract',   20, false),
    ('dispute_kind',           'SOCIAL_INSURANCE', '社会保险', 'Social insurance',  30, false),
    ('dispute_kind',           'INJURY',           '工伤待遇', 'Work-injury benefits', 40, false),
    ('dispute_kind',           'OTHER',            '其他',     'Other',             90, false),
    ('dispute_channel',        'MEDIATION',   '调解', 'Mediation',   10, false),
    ('dispute_channel',        'ARBITRATION', '仲裁', 'Arbitration', 20, false),
    ('dispute_outcome',        'SETTLED',   '调解成功', 'Settled by mediation', 10, false),
    ('dispute_outcome',        'AWARDED',   '裁决',     'Awarded',              20, false),
    ('dispute_outcome',        'WITHDRAWN', '撤回',     'Withdrawn',            30, false),
    ('dispute_outcome',        'PENDING',   '处理中',   'Pending',              40, false);

-- the new items start their history at one revision, like the dictionary's first items
insert into audit_revision (timestamp, actor, actor_name) values ((extract(epoch from now()) * 1000)::bigint, 'system:migration', '系统（初始化）');
insert into dictionary_item_aud (id, rev, rev_type, kind, code, label_zh, label_en, sort_order, active, behavioural)
    select id, (select max(id) from audit_revision), 0, kind, code, label_zh, label_en, sort_order, active, behavioural
    from dictionary_item where kind in ('publicity_session_kind', 'demo_site_level', 'demo_site_status', 'school_level', 'story_outlet',
        'party_stage', 'dispute_kind', 'dispute_channel', 'dispute_outcome');

-- the kind codes stored before were the same codes: records keep their values

-- 事迹: what an honoured worker or team did, as the citation reads
alter table honour add column citation text;
alter table honour_aud add column citation text;
