package gov.xianan.reform.competitions.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.error.Violations;
import gov.xianan.reform.competitions.Competition;
import gov.xianan.reform.competitions.CompetitionJudge;
import gov.xianan.reform.competitions.CompetitionParticipant;
import gov.xianan.reform.competitions.CompetitionScore;
import gov.xianan.reform.competitions.CompetitionScoringItem;
import gov.xianan.reform.competitions.CompetitionStage;
import gov.xianan.reform.competitions.ParticipantStatus;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ItemScore;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ItemScoreResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.JudgeRequest;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.JudgeResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ScoreSheetRequest;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ScoreSheetResponse;
import gov.xianan.reform.competitions.mapping.CompetitionMapper;
import gov.xianan.reform.registry.Enterprise;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/**
 * Judges and score sheets. The judge list is locked once scoring starts; a judge never scores a
 * contestant of their own enterprise; a judge enters only their own sheets, the organiser may enter any
 * on a judge's behalf.
 */
@ApplicationScoped
public class JudgingService {

    @Inject
    CompetitionScope scope;

    @Inject
    RankingService ranking;

    /** Same enterprise: the judge must stand aside for this contestant (回避). */
    static boolean conflicts(CompetitionJudge j, CompetitionParticipant p) {
        return j.enterprise != null && p.enterprise != null && j.enterprise.id.equals(p.enterprise.id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JudgeResponse> judges(long competitionId) {
        Competition c = scope.readable(competitionId);
        return CompetitionJudge.of(c).stream().map(CompetitionMapper::toResponse).toList();
    }

    @Transactional
    public JudgeResponse addJudge(long competitionId, @Valid JudgeRequest r) {
        Competition c = scope.managed(competitionId, true);
        requireUnlocked(c);
        Enterprise e = null;
        if (r.enterpriseId() != null && (e = Enterprise.findById(r.enterpriseId())) == null) {
            throw ProblemException.invalid("enterpriseId", "企业不存在: " + r.enterpriseId());
        }
        String username = r.username() == null || r.username().isBlank() ? null : r.username().strip();
        if (username != null && CompetitionJudge.count("competition.id = ?1 and username = ?2", c.id, username) > 0) {
            throw ProblemException.conflict("用户 " + username + " 已是本竞赛的评委");
        }
        CompetitionJudge j = new CompetitionJudge();
        j.competition = c;
        j.name = r.name().strip();
        j.enterprise = e;
        j.affiliation = r.affiliation();
        j.username = username;
        j.demo = c.demo;
        j.persistAndFlush();
        return CompetitionMapper.toResponse(j);
    }

    @Transactional
    public void removeJudge(long competitionId, long judgeId, Long version) {
        Competition c = scope.managed(competitionId, true);
        requireUnlocked(c);
        CompetitionJudge j = judge(c, judgeId);
        gov.xianan.reform.common.api.Versions.require(version, j.version, "该评委信息已被他人修改");
        j.delete();
    }

    private static void requireUnlocked(Competition c) {
        if (c.stage.atLeast(CompetitionStage.SCORING)) {
            throw ProblemException.conflict("评分已开始,评委名单已锁定");
        }
    }

    static CompetitionJudge judge(Competition c, long judgeId) {
        CompetitionJudge j = CompetitionJudge.findById(judgeId);
        if (j == null || !j.competition.id.equals(c.id)) {
            throw ProblemException.notFound("本竞赛没有该评委: " + judgeId);
        }
        return j;
    }

    /** The sheets the caller may see: all for the organiser and the lead unit, their own for a judge. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScoreSheetResponse> sheets(long competitionId, Long judgeFilter, Long participantFilter) {
        Competition c = scope.readable(competitionId);
        Optional<CompetitionJudge> me = scope.judge(c);
        boolean all = scope.organises(c) || scope.readsAll();
        if (!all && me.isEmpty()) {
            throw scope.deny(c, "只有本竞赛的组织者和评委可以查看评分表", "score sheets read by a non-judge");
        }
        RankingService.Board b = ranking.board(c);
        Map<String, Scoring.JudgeTotal> totals = new HashMap<>();
        for (Scoring.Result r : b.results()) {
            r.totals().forEach(t -> totals.put(t.judgeId() + ":" + r.contestantId(), t));
        }
        Map<String, List<CompetitionScore>> byPair = new HashMap<>();
        for (CompetitionScore s : b.scores()) {
            byPair.computeIfAbsent(s.judge.id + ":" + s.participant.id, k -> new ArrayList<>()).add(s);
        }
        List<ScoreSheetResponse> sheets = new ArrayList<>();
        for (CompetitionJudge j : b.judges()) {
            if (!all && !j.id.equals(me.get().id) || judgeFilter != null && !j.id.equals(judgeFilter)) {
                continue;
            }
            for (CompetitionParticipant p : b.contestants()) {
                if (participantFilter != null && !p.id.equals(participantFilter) || conflicts(j, p)) {
                    continue;
                }
                sheets.add(sheet(j, p, b.items(), byPair.getOrDefault(j.id + ":" + p.id, List.of()), totals.get(j.id + ":" + p.id)));
            }
        }
        return sheets;
    }

    /**
     * Saves a judge's marks for one contestant, item by item (upsert): sending the same sheet twice
     * changes nothing, so the UI can save as the judge types.
     */
    @Transactional
    public ScoreSheetResponse saveSheet(long competitionId, long judgeId, long participantId, @Valid ScoreSheetRequest r) {
        // locked: a sheet is never saved while publication fixes the ranking, nor two saves of one sheet race on the upsert
        Competition c = scope.readable(competitionId, true);
        CompetitionJudge j = judge(c, judgeId);
        boolean self = j.username != null && j.username.equals(scope.username());
        if (!self && !scope.organises(c)) {
            throw scope.deny(c, "只能录入自己的评分表(组织者可代为录入)", "score sheet of judge " + judgeId + " by another user");
        }
        if (c.stage != CompetitionStage.SCORING) {
            throw ProblemException.conflict("只能在评分阶段录入分数,竞赛处于「" + c.stage.label() + "」阶段");
        }
        CompetitionParticipant p = ParticipantService.participant(c, participantId);
        if (p.status != ParticipantStatus.ACCEPTED) {
            throw ProblemException.conflict(p.displayName() + " 的报名未通过审核,不能评分");
        }
        if (conflicts(j, p)) {
            throw ProblemException.conflict("评委" + j.name + "与选手" + p.displayName() + "同属" + j.enterprise.name + ",须回避,不能为其评分");
        }
        List<CompetitionScoringItem> items = CompetitionScoringItem.of(c);
        Map<Long, CompetitionScoringItem> itemsById = new HashMap<>();
        items.forEach(i -> itemsById.put(i.id, i));
        Violations v = new Violations();
        for (int k = 0; k < r.scores().size(); k++) {
            ItemScore s = r.scores().get(k);
            if (!itemsById.containsKey(s.itemId())) {
                v.add("scores[" + k + "].itemId", "本竞赛没有该评分项目: " + s.itemId());
            } else if (s.value().scale() > 2) {
                v.add("scores[" + k + "].value", "分数最多保留两位小数");
            }
        }
        v.throwIfAny();
        for (ItemScore s : r.scores()) {
            CompetitionScore row = CompetitionScore.<CompetitionScore>find("judge.id = ?1 and participant.id = ?2 and item.id = ?3", j.id, p.id, s.itemId())
                    .firstResult();
            if (row != null && row.value.compareTo(s.value()) == 0) {
                continue; // unchanged: no new revision, and a retried save is no conflict
            }
            // a mark changed by someone else since it was read (the judge, or the organiser on their behalf) is never overwritten
            gov.xianan.reform.common.api.Versions.require(s.version(), markVersion(row), "该评分已被他人修改");
            if (row == null) {
                row = new CompetitionScore();
                row.competition = c;
                row.judge = j;
                row.participant = p;
                row.item = itemsById.get(s.itemId());
                row.demo = c.demo;
            }
            row.value = s.value();
            row.enteredBy = scope.username();
            row.persist();
        }
        CompetitionScore.getEntityManager().flush();
        return sheets(c.id, j.id, p.id).stream().findFirst()
                .orElseGet(() -> sheet(j, p, items, CompetitionScore.list("judge.id = ?1 and participant.id = ?2", j.id, p.id), null));
    }

    /** A mark's version as the API shows it: 0 while the item is unmarked, then the row's version + 1. */
    static long markVersion(CompetitionScore mark) {
        return mark == null ? 0 : mark.version + 1;
    }

    private static ScoreSheetResponse sheet(CompetitionJudge j, CompetitionParticipant p, List<CompetitionScoringItem> items, List<CompetitionScore> scores,
            Scoring.JudgeTotal total) {
        Map<Long, CompetitionScore> marks = new HashMap<>();
        scores.forEach(s -> marks.put(s.item.id, s));
        Map<Long, BigDecimal> values = new HashMap<>();
        scores.forEach(s -> values.put(s.item.id, s.value));
        List<ItemScoreResponse> rows = items.stream()
                .map(i -> new ItemScoreResponse(i.id, i.name, values.get(i.id), markVersion(marks.get(i.id)))).toList();
        boolean complete = !items.isEmpty() && items.stream().allMatch(i -> values.containsKey(i.id));
        return new ScoreSheetResponse(j.id, j.name, p.id, p.displayName(), rows, complete, total == null ? null : total.total(),
                total != null && total.flagged(), total == null ? null : total.flagReason());
    }
}
