package gov.xianan.reform.registry.demo;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import gov.xianan.reform.registry.Bands.AgeBand;
import gov.xianan.reform.registry.Bands.WageBand;
import gov.xianan.reform.registry.Education;
import gov.xianan.reform.registry.EnterpriseSize;
import gov.xianan.reform.registry.SkillLevel;
import gov.xianan.reform.registry.validation.CreditCodes;
import gov.xianan.reform.registry.validation.IdNumbers;

/**
 * Deterministic demo registry (fixed seed): enterprises across the seed's 14 industries and
 * workers whose profile reproduces the district's review — gender, education, wage, age, skill,
 * migrant, union and party figures — by exact quotas, plus the review's named honours. Rows are
 * marked {@code demo}; ID numbers are synthetic (area 421202, further 咸宁 areas on the busiest birth days of a registry of millions) with valid checksums. Written with
 * PostgreSQL COPY in chunks, so a million workers need neither much time nor memory; one Envers
 * revision ({@code system:demo-data}) starts the history of every generated record.
 */
public final class DemoDataGenerator {

    /** The seed's figures (咸安区产业工人队伍建设改革工作巡礼, first section). */
    static final int SEED_WORKERS = 22_165;
    static final int SEED_PARTY_MEMBERS = 1_663;
    /** 王晓霞's citation (事迹), in the seed's words. */
    public static final String WANG_XIAOXIA_CITATION = "三得利有限公司技术部副部长王晓霞深耕主营业务,先后承担湖北省中小企业创新基金、省科技支撑计划、"
            + "省重点产业创新团队等多项省级科研项目。十几年来,带领团队共取得了6项实用新型专利和29项专利授权,个人获得14项专利授权,"
            + "其领衔研发的三项新产品每年为公司增加销售收入2000多万元,2020年11月被评选为全国劳动模范。";
    /** 技术胶甲班's citation, in the seed's words. */
    public static final String HUAYU_TEAM_CITATION = "华宇防腐有限公司技术胶甲班15名员工,长期穿着厚重的防护服,在密封的铁罐中进行衬胶施工,"
            + "无论高温严寒,不怕苦不怕累,每次一干就是一个多小时,在遇到技术难题的时候,更是发挥创新精神,用过硬的技术和智慧解决项目上的难题。"
            + "他们本着“把每项工程做成精品,把真实的事情做出来精彩,把平凡的工作做到不平凡”的精神,得到了广泛认可,以过硬的业务素质和良好的市场口碑,"
            + "将公司产品打入海外市场,远赴索马里、坦桑尼亚、津巴布韦等多个国家开展技术服务,被全国总工会评为工人先锋号。";
    static final int SEED_PARTY_CONGRESS_DELEGATES = 59;
    /** Workers who joined the party in the review's last three years (近3年共发展产业工人208名). */
    static final int SEED_PARTY_DEVELOPED_3Y = 208;

    /** The day whose registry the seed describes: the review of 2020 (工作巡礼) counts the workers of 31 December 2020. */
    public static final LocalDate SEED_DATE = LocalDate.of(2020, 12, 31);

    private static final String[] INDUSTRIES = { "electromechanical", "forest-products", "building-materials", "mould-making",
            "printing", "biomedicine", "electronics", "textiles", "garments", "logistics", "construction", "non-coal-mining",
            "agriculture-forestry", "transport" };
    private static final double[] INDUSTRY_SHARE = { .18, .05, .12, .06, .03, .08, .09, .12, .10, .05, .06, .02, .02, .02 };
    private static final String[] INDUSTRY_WORD = { "机电", "木业", "建材", "模具", "印务", "药业", "电子", "纺织", "服饰", "物流", "建设",
            "矿业", "农林", "运输" };
    private static final String[][] OCCUPATIONS = { { "钳工", "电工", "车工", "焊工", "装配工" }, { "木工", "干燥工", "砂光工" },
            { "窑炉工", "配料工", "成型工" }, { "模具钳工", "数控铣工", "磨工" }, { "印刷工", "制版工" }, { "制剂工", "检验工", "发酵工" },
            { "电子装配工", "调试工", "贴片工" }, { "纺纱工", "织布工", "挡车工" }, { "缝纫工", "裁剪工", "熨烫工" }, { "仓管员", "叉车工", "分拣员" },
            { "砌筑工", "钢筋工", "架子工" }, { "爆破工", "采掘工" }, { "农机手", "育苗工" }, { "驾驶员", "调度员" } };
    private static final String[] ENTERPRISE_WORDS = { "宏达", "鑫源", "华兴", "金桥", "万通", "恒丰", "楚天", "永安", "东方", "长江", "瑞丰",
            "天元", "新华", "广源", "盛达", "凯达", "贺胜", "向阳", "汀泗", "桂花", "温泉", "马桥", "高桥", "横沟", "双溪", "大幕", "浮山",
            "永丰", "腾飞", "佳美" };
    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
            "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾",
            "彭", "吕" };
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红春梅海燕玉兰文斌晓东丹宇浩鹏飞雪琴佳慧俊波辉琳";
    private static final String[] HUAYU_TEAM = { "刘建国", "陈志强", "张海波", "李文斌", "王俊", "赵鹏飞", "周勇", "吴浩", "孙明", "胡晓东",
            "朱刚", "高磊", "林涛", "何超", "郭宇" };

    private final Connection connection;
    private final Random random;
    private final LocalDate reference;

    /**
     * The day the generated profile reproduces the seed: the reference day itself (default), or,
     * with {@link #withHistory(LocalDate)}, a past day after which the district moves on.
     */
    private LocalDate cohortDate;

    /** Draws of the history only, so that the cohort is the same with or without it. */
    private final Random later;

    /** What was generated; {@code workers} reproduce the seed on the cohort day, {@code joined} came and {@code left} went after it. */
    public record Result(int enterprises, int workers, int honours, int politicalPosts, long millis, int joined, int left) {
    }

    public DemoDataGenerator(Connection connection, long seed, LocalDate reference) {
        this.connection = connection;
        this.random = new Random(seed);
        this.reference = reference;
        this.cohortDate = reference;
        this.later = new Random(seed ^ 0x5EED_2020L);
    }

    /**
     * A registry consistent in time: the {@code workers} employed on {@code seedDay} reproduce every
     * figure of the seed as of that day (ages, employment, party membership by date); after it some
     * 5% leave (employment end dates), some 16% join (start dates after it), some workers join the
     * party, so that the registry of the reference day (today) differs from the seed's.
     */
    public DemoDataGenerator withHistory(LocalDate seedDay) {
        if (!seedDay.isBefore(reference.minusMonths(2))) {
            throw new IllegalArgumentException("the seed day must lie well before the reference day");
        }
        this.cohortDate = seedDay;
        return this;
    }

    /**
     * Commits after every chunk of workers instead of once at the end (the command line, for
     * registries of millions): an open transaction of many minutes would hold the server's snapshot
     * horizon, so every database's change feed on the same server would stall while it runs. The
     * maintained workforce summary is then rebuilt once, at the last commit, instead of at every
     * chunk (a chunk touches more enterprises than a recount serves). A run that fails part way
     * leaves the chunks it committed: the command asks for a database of its own.
     */
    public DemoDataGenerator committingChunks(int workersPerChunk) {
        this.commitChunks = true;
        this.chunk = workersPerChunk;
        return this;
    }

    private boolean commitChunks;

    /** Workers per COPY (and per transaction in {@link #committingChunks(int)} mode). */
    private int chunk = 50_000;

    private boolean history() {
        return cohortDate.isBefore(reference);
    }

    public Result generate(int workers) throws SQLException {
        if (workers < 100) {
            throw new IllegalArgumentException("at least 100 workers");
        }
        long started = System.currentTimeMillis();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            if (count("select count(*) from worker where not demo") > 0 || count("select count(*) from enterprise where not demo") > 0) {
                throw new IllegalStateException("The registry holds real (non-demo) records: demo data is never mixed with them.");
            }
            if (count("select count(*) from worker where demo") > 0) {
                throw new IllegalStateException("Demo data is already present.");
            }
            long revision = revision();
            deferSummary();
            int enterprises = Math.max(30, workers / 74);
            long firstEnterprise = count("select coalesce(max(id), 0) from enterprise") + 1;
            long firstWorker = count("select coalesce(max(id), 0) from worker") + 1;
            long firstEmployment = count("select coalesce(max(id), 0) from employment") + 1;

            Enterprises es = enterprises(enterprises, firstEnterprise);
            WorkerRows ws = workers(workers, es, firstWorker, firstEmployment);
            int honours = honours(es, ws);
            int posts = politicalPosts(ws);
            audit(revision, firstWorker);
            resetSequences();
            if (commitChunks) {
                // the summary was left unbuilt chunk after chunk: one full rebuild at this commit
                exec("select set_config('xianan.summary_rebuild', '', true)");
                exec("select workforce_summary_mark_rebuild()");
            }
            connection.commit();
            return new Result(enterprises, workers, honours, posts, System.currentTimeMillis() - started, ws.joined(), ws.left());
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    // ---------------------------------------------------------------------------------- enterprises

    private record Enterprises(long[] ids, String[] industry, boolean[] union, boolean[] partyOrg, double[] weight, int sanderi, int huayu) {
    }

    private Enterprises enterprises(int n, long firstId) throws SQLException {
        List<Integer> industryOf = Quotas.assign(n, indexes(INDUSTRIES.length), INDUSTRY_SHARE, random);
        List<EnterpriseSize> sizes = Quotas.assign(n, List.of(EnterpriseSize.LARGE, EnterpriseSize.MEDIUM, EnterpriseSize.SMALL, EnterpriseSize.MICRO),
                new double[] { .04, .16, .45, .35 }, random);
        long[] ids = new long[n];
        String[] industry = new String[n];
        boolean[] union = new boolean[n];
        boolean[] party = new boolean[n];
        double[] weight = new double[n];
        // enterprises without a union (8%) or a party organisation (10%) are the smallest ones
        List<Integer> bySize = new ArrayList<>(indexes(n));
        bySize.sort((a, b) -> Integer.compare(sizes.get(b).ordinal(), sizes.get(a).ordinal()));
        int noUnion = n - (int) Math.round(n * 0.92);
        int noParty = n - (int) Math.round(n * 0.90);
        for (int i = 0; i < n; i++) {
            union[i] = true;
            party[i] = true;
        }
        for (int k = 0; k < noUnion; k++) {
            union[bySize.get(k)] = false;
        }
        for (int k = 0; k < noParty; k++) {
            party[bySize.get(Math.min(n - 1, k + noUnion / 2))] = false;
        }
        int sanderi = firstIndexOf(industryOf, 5, union, party, -1);
        int huayu = firstIndexOf(industryOf, 2, union, party, sanderi);
        StringBuilder csv = new StringBuilder();
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            ids[i] = firstId + i;
            int ind = industryOf.get(i);
            industry[i] = INDUSTRIES[ind];
            EnterpriseSize size = sizes.get(i);
            weight[i] = switch (size) {
                case LARGE -> 400;
                case MEDIUM -> 120;
                case SMALL -> 40;
                case MICRO -> 12;
            };
            String name = i == sanderi ? "三得利有限公司"
                    : i == huayu ? "华宇防腐有限公司"
                            : "咸安" + ENTERPRISE_WORDS[i % ENTERPRISE_WORDS.length] + INDUSTRY_WORD[ind]
                                    + (i % 3 == 0 ? "有限公司" : i % 3 == 1 ? "股份有限公司" : "科技有限公司");
            String code;
            do {
                String first17 = String.format("91421202MA%07d", random.nextInt(10_000_000)).replace('I', '1');
                code = first17 + CreditCodes.checkCharacter(first17);
            } while (!codes.add(code));
            boolean zone = random.nextDouble() < 0.35;
            csv.append(ids[i]).append(',').append(code).append(',').append(name).append(',')
                    .append(industry[i]).append(',').append(random.nextDouble() < 0.12 ? "PUBLIC" : "NON_PUBLIC").append(',').append(size)
                    .append(',').append(zone).append(',').append(union[i]).append(',').append(party[i]).append(',')
                    .append(zone ? "咸安经济开发区" : "咸安区").append(ENTERPRISE_WORDS[i % ENTERPRISE_WORDS.length]).append("路").append(1 + i % 200)
                    .append("号,").append(SURNAMES[i % SURNAMES.length]).append("经理,0715-").append(8_000_000 + i).append(",true\n");
        }
        copy("COPY enterprise (id, credit_code, name, industry_code, ownership, size, in_dev_zone, has_union, has_party_org, address, "
                + "contact_person, contact_phone, demo) FROM STDIN (FORMAT csv)", csv);
        return new Enterprises(ids, industry, union, party, weight, sanderi, huayu);
    }

    private static int firstIndexOf(List<Integer> industryOf, int industry, boolean[] union, boolean[] party, int except) {
        for (int i = 0; i < industryOf.size(); i++) {
            if (industryOf.get(i) == industry && union[i] && party[i] && i != except) {
                return i;
            }
        }
        return except == 0 ? 1 : 0;
    }

    // ---------------------------------------------------------------------------------- workers

    private record WorkerRows(long[] ids, int[] enterprise, boolean[] female, boolean[] partyMember, SkillLevel[] skill, int wangXiaoxia,
            int[] huayuTeam, int joined, int left) {
    }

    private WorkerRows workers(int n, Enterprises es, long firstId, long firstEmployment) throws SQLException {
        int[] enterpriseOf = allocate(n, es.weight());
        List<Boolean> female = Quotas.assign(n, List.of(false, true), new double[] { .62, .38 }, random);
        List<Education> education = Quotas.assign(n, List.of(Education.COLLEGE_OR_ABOVE, Education.SENIOR_HIGH, Education.JUNIOR_HIGH,
                Education.BELOW_JUNIOR_HIGH), new double[] { .15, .51, .32, .02 }, random);
        List<WageBand> wage = Quotas.assign(n, List.of(WageBand.UNDER_2000, WageBand.FROM_2000_TO_3000, WageBand.FROM_3000_TO_5000,
                WageBand.OVER_5000), new double[] { .04, .41, .48, .07 }, random);
        List<AgeBand> age = Quotas.assign(n, List.of(AgeBand.OVER_50, AgeBand.FROM_40_TO_50, AgeBand.FROM_30_TO_40, AgeBand.UNDER_30),
                new double[] { .11, .33, .35, .21 }, random);
        List<SkillLevel> skill = Quotas.assign(n, List.of(SkillLevel.NONE, SkillLevel.JUNIOR, SkillLevel.INTERMEDIATE, SkillLevel.SENIOR,
                SkillLevel.TECHNICIAN, SkillLevel.SENIOR_TECHNICIAN), new double[] { .82, .08, .07, .02, .007, .003 }, random);
        boolean[] migrant = Quotas.exactly(n, (int) Math.round(n * 0.75), random);
        int migrants = (int) Math.round(n * 0.75);
        boolean[] outsideAmongMigrants = Quotas.exactly(migrants, (int) Math.round(migrants * 0.07), random);
        // union members: 94% of all workers, all of them in enterprises with a union
        List<Integer> inUnionEnterprise = new ArrayList<>();
        List<Integer> inPartyEnterprise = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (es.union()[enterpriseOf[i]]) {
                inUnionEnterprise.add(i);
            }
            if (es.partyOrg()[enterpriseOf[i]]) {
                inPartyEnterprise.add(i);
            }
        }
        boolean[] unionMember = new boolean[n];
        int members = Math.min((int) Math.round(n * 0.94), inUnionEnterprise.size());
        boolean[] pick = Quotas.exactly(inUnionEnterprise.size(), members, random);
        for (int k = 0; k < pick.length; k++) {
            unionMember[inUnionEnterprise.get(k)] = pick[k];
        }
        boolean[] partyMember = new boolean[n];
        int partyCount = (int) Math.round((double) n * SEED_PARTY_MEMBERS / SEED_WORKERS);
        boolean[] partyPick = Quotas.exactly(inPartyEnterprise.size(), Math.min(partyCount, inPartyEnterprise.size()), random);
        for (int k = 0; k < partyPick.length; k++) {
            partyMember[inPartyEnterprise.get(k)] = partyPick[k];
        }

        // the review's named people: 王晓霞 of 三得利 and the 15-strong 技术胶甲班 of 华宇防腐
        int wang = -1;
        for (int i = 0; i < n && wang < 0; i++) {
            if (female.get(i) && age.get(i) == AgeBand.FROM_40_TO_50) {
                wang = i;
            }
        }
        enterpriseOf[wang] = es.sanderi();
        skill.set(wang, SkillLevel.SENIOR_TECHNICIAN);
        education.set(wang, Education.COLLEGE_OR_ABOVE);
        int[] team = new int[HUAYU_TEAM.length];
        for (int i = 0, t = 0; t < team.length; i++) {
            if (i != wang && !female.get(i) && age.get(i) != AgeBand.OVER_50) {
                team[t++] = i;
                enterpriseOf[i] = es.huayu();
                if (!unionMember[i] && es.union()[es.huayu()]) {
                    // keep the union total exact: swap membership with someone else
                    for (int j = n - 1; j >= 0; j--) {
                        if (unionMember[j] && j != wang) {
                            unionMember[j] = false;
                            unionMember[i] = true;
                            break;
                        }
                    }
                }
            }
        }

        // party membership with its date: the seed's 208 joined in the last three years, the others before
        List<Integer> partyMembers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (partyMember[i]) {
                partyMembers.add(i);
            }
        }
        int developed = (int) Math.round((double) n * SEED_PARTY_DEVELOPED_3Y / SEED_WORKERS);
        boolean[] recent = Quotas.exactly(partyMembers.size(), Math.min(developed, partyMembers.size()), later);
        LocalDate threeYears = LocalDate.of(cohortDate.getYear() - 2, 1, 1);
        Map<Integer, Boolean> recentOf = new HashMap<>();
        for (int k = 0; k < partyMembers.size(); k++) {
            recentOf.put(partyMembers.get(k), recent[k]);
        }

        // after the seed's day: 5% of the cohort leave, 16% more join, 1% of the cohort join the party
        int leaving = history() ? (int) Math.round(n * 0.05) : 0;
        boolean[] leaves = history() ? Quotas.exactly(n, leaving, later) : new boolean[n];
        leaves[wang] = false;
        for (int t : team) {
            leaves[t] = false;
        }
        int left = 0;
        for (boolean l : leaves) {
            left += l ? 1 : 0;
        }
        boolean[] joinsPartyLater = new boolean[n];
        if (history()) {
            for (int i = 0, k = (int) Math.round(n * 0.01); i < n && k > 0; i += 13) {
                if (!partyMember[i] && !leaves[i] && es.partyOrg()[enterpriseOf[i]]) {
                    joinsPartyLater[i] = true;
                    k--;
                }
            }
        }
        int joining = history() ? (int) Math.round(n * 0.16) : 0;
        int[] joinerEnterprise = joining == 0 ? new int[0] : allocate(joining, es.weight());

        long[] ids = new long[n + joining];
        Map<LocalDate, int[]> perDay = new HashMap<>();
        StringBuilder w = new StringBuilder(1 << 20);
        StringBuilder e = new StringBuilder(1 << 18);
        int migrantIndex = 0;
        for (int i = 0; i < n + joining; i++) {
            ids[i] = firstId + i;
            if (i >= n) {
                joiner(i, ids[i], firstEmployment + i, es.ids()[joinerEnterprise[i - n]], es.union()[joinerEnterprise[i - n]],
                        es.partyOrg()[joinerEnterprise[i - n]], es.industry()[joinerEnterprise[i - n]], perDay, w, e);
                flush(i == n + joining - 1, i, w, e);
                continue;
            }
            boolean f = female.get(i);
            LocalDate birth = birthDate(age.get(i));
            String first17 = first17(perDay, birth, f);
            String idNumber = first17 + IdNumbers.checkCharacter(first17);
            String name = i == wang ? "王晓霞" : teamName(team, i) != null ? teamName(team, i) : name(f);
            int ent = enterpriseOf[i];
            int industryIndex = indexOf(es.industry()[ent]);
            String occupation = i == wang ? "技术部副部长"
                    : teamName(team, i) != null ? "衬胶工"
                            : OCCUPATIONS[industryIndex][random.nextInt(OCCUPATIONS[industryIndex].length)];
            boolean outside = false;
            if (migrant[i]) {
                outside = outsideAmongMigrants[migrantIndex++];
            }
            w.append(ids[i]).append(',').append(idNumber).append(',').append(name).append(',').append(f ? "FEMALE" : "MALE").append(',')
                    .append(birth).append(',').append(education.get(i)).append(',').append(wageIn(wage.get(i))).append(',')
                    .append(skill.get(i)).append(',').append(occupation).append(',').append(migrant[i]).append(',').append(outside)
                    .append(',').append(unionMember[i]).append(',').append(partyMember[i] || joinsPartyLater[i]).append(",1")
                    .append(String.format("%02d", 30 + random.nextInt(60))).append(String.format("%08d", random.nextInt(100_000_000)))
                    .append(',').append(es.ids()[ent]).append(",true,");
            LocalDate adult = birth.plusYears(18);
            if (partyMember[i]) {
                w.append(partyJoined(adult, recentOf.get(i), threeYears));
            } else if (joinsPartyLater[i]) {
                w.append(between(cohortDate.plusDays(1), reference.minusDays(1)));
            }
            w.append('\n');
            LocalDate earliest = adult.isAfter(cohortDate.minusYears(15)) ? adult : cohortDate.minusYears(15);
            long span = Math.max(0, cohortDate.minusDays(30).toEpochDay() - earliest.toEpochDay());
            LocalDate start = span == 0 ? earliest : earliest.plusDays(random.nextLong(span + 1));
            if (start.isAfter(cohortDate)) {
                start = cohortDate;
            }
            e.append(firstEmployment + i).append(',').append(ids[i]).append(',').append(es.ids()[ent]).append(',').append(start).append(',');
            if (leaves[i]) {
                e.append(between(cohortDate.plusDays(1), reference.minusDays(1)));
            }
            e.append('\n');
            flush(i == n + joining - 1, i, w, e);
        }
        SkillLevel[] skills = skill.toArray(new SkillLevel[0]);
        boolean[] fem = new boolean[n];
        for (int i = 0; i < n; i++) {
            fem[i] = female.get(i);
        }
        return new WorkerRows(ids, enterpriseOf, fem, partyMember, skills, wang, team, joining, left);
    }

    private void flush(boolean last, int i, StringBuilder w, StringBuilder e) throws SQLException {
        if ((i + 1) % chunk == 0 || last) {
            copy("COPY worker (id, id_number, name, gender, birth_date, education, monthly_wage, skill_level, occupation, "
                    + "agricultural_hukou, from_outside, union_member, party_member, phone, enterprise_id, demo, party_joined_on) FROM STDIN (FORMAT csv)", w);
            copy("COPY employment (id, worker_id, enterprise_id, start_date, end_date) FROM STDIN (FORMAT csv)", e);
            w.setLength(0);
            e.setLength(0);
            commitChunk();
        }
    }

    /** In {@link #committingChunks(int)} mode: commits the work so far and opens the next chunk's transaction. */
    private void commitChunk() throws SQLException {
        if (commitChunks) {
            connection.commit();
            deferSummary();
        }
    }

    /**
     * In {@link #committingChunks(int)} mode: the summary triggers of this transaction skip their
     * recount (as they do in a transaction already marked for a full rebuild), and the summary
     * reads as not built, so the statistics take the full pass until the rebuild at the end.
     */
    private void deferSummary() throws SQLException {
        if (commitChunks) {
            exec("update workforce_summary_state set as_of = null where id = 1");
            exec("select set_config('xianan.summary_rebuild', '1', true)");
        }
    }

    /** The day a cohort member joined the party: within the last three years for the seed's 208, before them for the others. */
    private LocalDate partyJoined(LocalDate adult, boolean recent, LocalDate threeYears) {
        if (recent) {
            // a month before the day at the latest, like employment starts: the last month end counts them too
            LocalDate last = cohortDate.minusDays(31);
            return between(adult.isAfter(threeYears) ? (adult.isAfter(last) ? last : adult) : threeYears, last);
        }
        LocalDate from = adult.isAfter(cohortDate.minusYears(35)) ? adult : cohortDate.minusYears(35);
        LocalDate to = threeYears.minusDays(1);
        return from.isAfter(to) ? to : between(from, to);
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long span = Math.max(0, to.toEpochDay() - from.toEpochDay());
        return from.plusDays(later.nextLong(span + 1));
    }

    /**
     * Area codes of ID numbers: 咸安区 first, then the other counties of 咸宁市. A birth day holds 500
     * sequence numbers per gender in an area (odd for men, even for women); a registry of millions
     * fills the busiest days of 咸安区, and their further workers are numbered in the next area,
     * with their birth day, and so their age, kept as drawn.
     */
    private static final String[] AREAS = { "421202", "421221", "421222", "421223", "421224", "421281", "421201" };

    /** The first 17 characters of the next ID number for a birth day and gender: area, birth date, sequence. */
    static String first17(Map<LocalDate, int[]> perDay, LocalDate birth, boolean female) {
        int n = perDay.computeIfAbsent(birth, d -> new int[2])[female ? 0 : 1]++;
        if (n >= 500 * AREAS.length) {
            throw new IllegalStateException("more than " + 500 * AREAS.length + " demo workers of one gender born on " + birth);
        }
        return AREAS[n / 500] + birth.toString().replace("-", "") + String.format("%03d", n % 500 * 2 + (female ? 0 : 1));
    }

    /**
     * A worker hired after the seed's day: drawn (not by quota) from a district that moves on —
     * younger, better schooled and paid a little more than the seed's cohort.
     */
    private void joiner(int i, long id, long employmentId, long enterpriseId, boolean union, boolean partyOrg, String industry,
            Map<LocalDate, int[]> perDay, StringBuilder w, StringBuilder e) {
        boolean f = later.nextDouble() < 0.40;
        double a = later.nextDouble();
        AgeBand band = a < 0.30 ? AgeBand.UNDER_30 : a < 0.68 ? AgeBand.FROM_30_TO_40 : a < 0.92 ? AgeBand.FROM_40_TO_50 : AgeBand.OVER_50;
        int min = band.min == null ? 18 : band.min;
        int max = band.maxExclusive == null ? 60 : band.maxExclusive;
        LocalDate birth = reference.minusYears(min + later.nextInt(max - min)).minusDays(later.nextInt(365));
        String first17 = first17(perDay, birth, f);
        double ed = later.nextDouble();
        Education education = ed < 0.22 ? Education.COLLEGE_OR_ABOVE : ed < 0.74 ? Education.SENIOR_HIGH : ed < 0.99 ? Education.JUNIOR_HIGH
                : Education.BELOW_JUNIOR_HIGH;
        double wg = later.nextDouble();
        WageBand wage = wg < 0.01 ? WageBand.UNDER_2000 : wg < 0.26 ? WageBand.FROM_2000_TO_3000 : wg < 0.82 ? WageBand.FROM_3000_TO_5000
                : WageBand.OVER_5000;
        double sk = later.nextDouble();
        SkillLevel skill = sk < 0.78 ? SkillLevel.NONE : sk < 0.87 ? SkillLevel.JUNIOR : sk < 0.95 ? SkillLevel.INTERMEDIATE
                : sk < 0.98 ? SkillLevel.SENIOR : sk < 0.995 ? SkillLevel.TECHNICIAN : SkillLevel.SENIOR_TECHNICIAN;
        boolean migrant = later.nextDouble() < 0.72;
        boolean outside = migrant && later.nextDouble() < 0.08;
        boolean member = union && later.nextDouble() < 0.95;
        boolean party = partyOrg && later.nextDouble() < 0.07;
        int industryIndex = indexOf(industry);
        LocalDate start = between(cohortDate.plusDays(1), reference.minusDays(30));
        int minWage = wage.min == null ? 1_600 : wage.min;
        int maxWage = wage.maxExclusive == null ? 9_000 : wage.maxExclusive;
        w.append(id).append(',').append(first17).append(IdNumbers.checkCharacter(first17)).append(',').append(nameLater(f)).append(',')
                .append(f ? "FEMALE" : "MALE").append(',').append(birth).append(',').append(education).append(',')
                .append(BigDecimal.valueOf(minWage * 100L + later.nextInt((maxWage - minWage) * 100), 2).toPlainString()).append(',')
                .append(skill).append(',').append(OCCUPATIONS[industryIndex][later.nextInt(OCCUPATIONS[industryIndex].length)]).append(',')
                .append(migrant).append(',').append(outside).append(',').append(member).append(',').append(party).append(",1")
                .append(String.format("%02d", 30 + later.nextInt(60))).append(String.format("%08d", later.nextInt(100_000_000))).append(',')
                .append(enterpriseId).append(",true,");
        if (party) {
            LocalDate adult = birth.plusYears(18);
            w.append(adult.isAfter(start) ? start : between(adult, start));
        }
        w.append('\n');
        e.append(employmentId).append(',').append(id).append(',').append(enterpriseId).append(',').append(start).append(",\n");
    }

    private String nameLater(boolean female) {
        String surname = SURNAMES[later.nextInt(SURNAMES.length)];
        int len = later.nextInt(10) < 7 ? 2 : 1;
        StringBuilder given = new StringBuilder();
        for (int k = 0; k < len; k++) {
            given.append(GIVEN.charAt(later.nextInt(GIVEN.length())));
        }
        return surname + given;
    }

    private static String teamName(int[] team, int i) {
        for (int t = 0; t < team.length; t++) {
            if (team[t] == i) {
                return HUAYU_TEAM[t];
            }
        }
        return null;
    }

    /** Workers per enterprise proportional to its weight, exact in total, in a shuffled order. */
    private int[] allocate(int n, double[] weight) {
        double total = 0;
        for (double w : weight) {
            total += w;
        }
        double[] shares = new double[weight.length];
        for (int i = 0; i < weight.length; i++) {
            shares[i] = weight[i] / total;
        }
        List<Integer> order = Quotas.assign(n, indexes(weight.length), shares, random);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = order.get(i);
        }
        return out;
    }

    private LocalDate birthDate(AgeBand band) {
        int min = band.min == null ? 18 : band.min;
        int max = band.maxExclusive == null ? 60 : band.maxExclusive;
        int years = min + random.nextInt(max - min);
        return cohortDate.minusYears(years).minusDays(random.nextInt(365));
    }

    private String wageIn(WageBand band) {
        int min = band.min == null ? 1_600 : band.min;
        int max = band.maxExclusive == null ? 9_000 : band.maxExclusive;
        return BigDecimal.valueOf(min * 100L + random.nextInt((max - min) * 100), 2).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private String name(boolean female) {
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        int len = random.nextInt(10) < 7 ? 2 : 1;
        StringBuilder given = new StringBuilder();
        for (int k = 0; k < len; k++) {
            given.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return surname + given;
    }

    // ---------------------------------------------------------------------------------- honours and posts

    private int honours(Enterprises es, WorkerRows ws) throws SQLException {
        int count = 0;
        exec("insert into honour (kind, category, title, level, year, awarded_on, issuer, worker_id, citation, demo) values "
                + "('INDIVIDUAL', 'MODEL_WORKER', '全国劳动模范', 'NATIONAL', 2020, date '2020-11-24', '中共中央、国务院', ?, ?, true)",
                ws.ids()[ws.wangXiaoxia()], WANG_XIAOXIA_CITATION);
        count++;
        long team = insertReturningId("insert into honour (kind, category, title, level, year, issuer, enterprise_id, team_name, citation, demo) values "
                + "('COLLECTIVE', 'WORKER_PIONEER', '全国工人先锋号', 'NATIONAL', 2020, '中华全国总工会', ?, '技术胶甲班', ?, true) returning id",
                es.ids()[es.huayu()], HUAYU_TEAM_CITATION);
        for (int member : ws.huayuTeam()) {
            exec("insert into honour_member (honour_id, worker_id) values (?, ?)", team, ws.ids()[member]);
        }
        count++;
        // 2019: the publicity department selected 15 district models; plus technical experts and craftsmen
        count += individual(15, "MODEL_WORKER", "咸安区劳动模范", "DISTRICT", 2019, "咸安区人民政府", ws, 1_001);
        count += individual(10, "TECHNICAL_EXPERT", "咸宁市技术能手", "CITY", 2021, "咸宁市人力资源和社会保障局", ws, 2_003);
        count += individual(5, "CRAFTSMAN", "咸安工匠", "DISTRICT", 2022, "咸安区总工会", ws, 3_007);
        return count;
    }

    private int individual(int k, String category, String title, String level, int year, String issuer, WorkerRows ws, int stride)
            throws SQLException {
        int n = ws.ids().length - ws.joined();
        for (int j = 0; j < k; j++) {
            int i = (int) ((long) (j + 1) * stride * 7919 % n);
            exec("insert into honour (kind, category, title, level, year, issuer, worker_id, demo) values ('INDIVIDUAL', ?, ?, ?, ?, ?, ?, true)",
                    category, title, level, year, issuer, ws.ids()[i]);
        }
        return k;
    }

    private int politicalPosts(WorkerRows ws) throws SQLException {
        int n = ws.ids().length - ws.joined();
        int delegates = (int) Math.round((double) n * SEED_PARTY_CONGRESS_DELEGATES / SEED_WORKERS);
        int made = 0;
        for (int i = 0; i < n && made < delegates; i += 7) {
            if (ws.partyMember()[i]) {
                exec("insert into political_post (worker_id, post, title, level, year, issuer, demo) values "
                        + "(?, 'PARTY_CONGRESS_DELEGATE', '中国共产党咸安区第五次代表大会代表', 'DISTRICT', ?, '中共咸安区委', true)", ws.ids()[i],
                        history() ? cohortDate.getYear() : 2021);
                made++;
            }
        }
        return made;
    }

    // ---------------------------------------------------------------------------------- audit and plumbing

    private long revision() throws SQLException {
        return insertReturningId("insert into audit_revision (timestamp, changed_at, actor, actor_name) values (?, now(), 'system:demo-data', '系统（演示数据）') returning id",
                System.currentTimeMillis());
    }

    private void audit(long rev, long firstWorker) throws SQLException {
        exec("insert into enterprise_aud (id, rev, rev_type, credit_code, name, industry_code, ownership, size, in_dev_zone, has_union, "
                + "has_party_org, address, contact_person, contact_phone) select id, ?, 0, credit_code, name, industry_code, ownership, size, "
                + "in_dev_zone, has_union, has_party_org, address, contact_person, contact_phone from enterprise where demo", rev);
        // by ranges of worker ids, each committed in chunked mode (a single statement over millions of rows would be one long transaction)
        long last = count("select coalesce(max(id), 0) from worker");
        long step = commitChunks ? 10L * chunk : Long.MAX_VALUE / 2;
        for (long from = firstWorker; from <= last; from += step) {
            long to = from + step;
            exec("insert into worker_aud (id, rev, rev_type, id_number, name, gender, birth_date, education, monthly_wage, skill_level, "
                    + "occupation, agricultural_hukou, from_outside, union_member, party_member, phone, enterprise_id, party_joined_on) select id, ?, 0, "
                    + "id_number, name, gender, birth_date, education, monthly_wage, skill_level, occupation, agricultural_hukou, from_outside, "
                    + "union_member, party_member, phone, enterprise_id, party_joined_on from worker where demo and id >= ? and id < ?", rev, from, to);
            exec("insert into employment_aud (id, rev, rev_type, worker_id, enterprise_id, start_date, end_date) select m.id, ?, 0, m.worker_id, "
                    + "m.enterprise_id, m.start_date, m.end_date from employment m join worker w on w.id = m.worker_id where w.demo "
                    + "and w.id >= ? and w.id < ?", rev, from, to);
            commitChunk();
        }
        exec("insert into honour_aud (id, rev, rev_type, kind, category, title, level, year, awarded_on, issuer, worker_id, enterprise_id, "
                + "team_name, source, citation) select id, ?, 0, kind, category, title, level, year, awarded_on, issuer, worker_id, enterprise_id, team_name, "
                + "source, citation from honour where demo", rev);
        exec("insert into honour_member_aud (rev, rev_type, honour_id, worker_id) select ?, 0, m.honour_id, m.worker_id from honour_member m "
                + "join honour h on h.id = m.honour_id where h.demo", rev);
        exec("insert into political_post_aud (id, rev, rev_type, worker_id, post, title, level, year, issuer) select id, ?, 0, worker_id, "
                + "post, title, level, year, issuer from political_post where demo", rev);
    }

    private void resetSequences() throws SQLException {
        for (String table : new String[] { "enterprise", "worker", "employment", "honour", "political_post" }) {
            try (Statement s = connection.createStatement()) {
                s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select coalesce(max(id), 1) from " + table + "))");
            }
        }
    }

    private void copy(String sql, StringBuilder csv) throws SQLException {
        if (csv.isEmpty()) {
            return;
        }
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(sql, new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException(e);
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void exec(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.execute();
        }
    }

    private long insertReturningId(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<Integer> indexes(int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    private static int indexOf(String industry) {
        for (int i = 0; i < INDUSTRIES.length; i++) {
            if (INDUSTRIES[i].equals(industry)) {
                return i;
            }
        }
        throw new IllegalArgumentException(industry);
    }
}
