package gov.xianan.reform.competitions.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.competitions.AwardGrade;
import gov.xianan.reform.competitions.Competition;
import gov.xianan.reform.competitions.CompetitionAward;
import gov.xianan.reform.competitions.CompetitionJudge;
import gov.xianan.reform.competitions.CompetitionParticipant;
import gov.xianan.reform.competitions.CompetitionScore;
import gov.xianan.reform.competitions.CompetitionScoringItem;
import gov.xianan.reform.competitions.ParticipantStatus;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.JudgeTotalResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.RankingEntry;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.RankingResponse;
import gov.xianan.reform.competitions.mapping.CompetitionMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Turns the score sheets into the ranking ({@link Scoring}) and, at publication, into ranks and awards. */
@ApplicationScoped
public class RankingService {

    @Inject
    CompetitionScope scope;

    /** Everything the arithmetic needs, loaded once. */
    record Board(Competition competition, List<CompetitionScoringItem> items, List<CompetitionJudge> judges,
            List<CompetitionParticipant> contestants, List<CompetitionScore> scores, List<Scoring.Result> results) {

        Map<Long, CompetitionParticipant> contestantsById() {
            return contestants.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        }
    }

    Board board(Competition c) {
        List<CompetitionScoringItem> items = CompetitionScoringItem.of(c);
        List<CompetitionJudge> judges = CompetitionJudge.of(c);
        List<CompetitionParticipant> contestants = CompetitionParticipant.list("competition.id = ?1 and status = ?2", Sort.ascending("registeredAt", "id"),
                c.id, ParticipantStatus.ACCEPTED);
        List<CompetitionScore> scores = CompetitionScore.list("competition.id", c.id);
        Map<Long, Map<Long, Map<Long, BigDecimal>>> marks = new HashMap<>();
        for (CompetitionScore s : scores) {
            marks.computeIfAbsent(s.judge.id, k -> new HashMap<>()).computeIfAbsent(s.participant.id, k -> new HashMap<>()).put(s.item.id, s.value);
        }
        List<Scoring.Result> results = Scoring.rank(items.stream().map(i -> new Scoring.Item(i.id, i.weight)).toList(),
                judges.stream().map(j -> j.id).toList(), contestants.stream().map(p -> new Scoring.Contestant(p.id, p.registeredAt)).toList(), marks);
        return new Board(c, items, judges, contestants, scores, results);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RankingResponse ranking(long competitionId) {
        Competition c = scope.readable(competitionId);
        Board b = board(c);
        Map<Long, CompetitionParticipant> byId = b.contestantsById();
        Map<Long, String> judgeNames = b.judges().stream().collect(Collectors.toMap(j -> j.id, j -> j.name));
        Map<Long, AwardGrade> awards = CompetitionAward.<CompetitionAward>list("competition.id", c.id).stream()
                .collect(Collectors.toMap(a -> a.participant.id, a -> a.grade));
        boolean seesJudges = scope.organises(c) || scope.readsAll() || scope.ownDepartment(c);
        List<RankingEntry> entries = new ArrayList<>();
        for (Scoring.Result r : b.results()) {
            CompetitionParticipant p = byId.get(r.contestantId());
            List<JudgeTotalResponse> totals = !seesJudges ? List.of()
                    : r.totals().stream().map(t -> new JudgeTotalResponse(t.judgeId(), judgeNames.get(t.judgeId()), t.total(), t.flagged(), t.flagReason()))
                            .toList();
            entries.add(new RankingEntry(r.rank(), r.tied(), p.id, p.displayName(), CompetitionMapper.ref(p.enterprise), r.finalScore(),
                    r.keyItemScore(), r.judgesCounted(), r.dropped(), p.registeredAt, totals, awards.get(p.id)));
        }
        String keyItem = b.items().stream().max(Comparator.comparing((CompetitionScoringItem i) -> i.weight).thenComparing(i -> -i.sortOrder))
                .map(i -> i.name).orElse(null);
        return new RankingResponse(c.id, c.stage, Scoring.RULE, keyItem, entries);
    }

    /**
     * Entering publication: every accepted contestant must be fully scored by every judge who may score
     * them (conflicted judges excepted); ranks and final scores are fixed and awards given by rank band.
     */
    public void publish(Competition c) {
        Board b = board(c);
        List<String> missing = new ArrayList<>();
        Map<String, Boolean> has = new HashMap<>();
        b.scores().forEach(s -> has.put(s.judge.id + ":" + s.participant.id + ":" + s.item.id, true));
        int count = 0;
        for (CompetitionParticipant p : b.contestants()) {
            int eligibleJudges = 0;
            for (CompetitionJudge j : b.judges()) {
                if (JudgingService.conflicts(j, p)) {
                    continue;
                }
                eligibleJudges++;
                for (CompetitionScoringItem i : b.items()) {
                    if (!has.containsKey(j.id + ":" + p.id + ":" + i.id)) {
                        if (count++ < 3) {
                            missing.add("评委" + j.name + "未给" + p.displayName() + "评「" + i.name + "」");
                        }
                    }
                }
            }
            if (eligibleJudges == 0) {
                missing.add(p.displayName() + "没有可评分的评委(均须回避)");
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.conflict("评分未完成,不能公示:" + String.join(";", missing) + (count > 3 ? " 等 " + count + " 项" : ""));
        }
        Map<Long, CompetitionParticipant> byId = b.contestantsById();
        CompetitionAward.delete("competition.id", c.id);
        for (Scoring.Result r : b.results()) {
            CompetitionParticipant p = byId.get(r.contestantId());
            p.finalScore = r.finalScore();
            p.rank = r.rank();
            AwardGrade grade = grade(c, r.rank());
            if (grade != null) {
                CompetitionAward a = new CompetitionAward();
                a.competition = c;
                a.participant = p;
                a.grade = grade;
                a.rank = r.rank();
                a.finalScore = r.finalScore();
                a.technicalExpert = p.worker != null && grade.atLeast(c.technicalExpertUpTo);
                a.skillRaise = p.worker != null && grade.atLeast(c.skillRaiseUpTo);
                a.demo = c.demo;
                a.persist();
            }
        }
    }

    /** Awards by rank band: ranks 1..first get 一等奖, the next second-prize places 二等奖 …; tied ranks share the better band. */
    static AwardGrade grade(Competition c, Integer rank) {
        if (rank == null) {
            return null;
        }
        int limit = c.firstPrizes;
        if (rank <= limit) {
            return AwardGrade.FIRST;
        }
        limit += c.secondPrizes;
        if (rank <= limit) {
            return AwardGrade.SECOND;
        }
        limit += c.thirdPrizes;
        if (rank <= limit) {
            return AwardGrade.THIRD;
        }
        limit += c.excellencePrizes;
        return rank <= limit ? AwardGrade.EXCELLENCE : null;
    }
}
