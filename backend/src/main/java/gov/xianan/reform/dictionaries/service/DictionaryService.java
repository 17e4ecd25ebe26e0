package gov.xianan.reform.dictionaries.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gov.xianan.reform.common.audit.HistoryEntry;
import gov.xianan.reform.common.audit.service.EntityHistory;
import gov.xianan.reform.common.error.Problem;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.dictionaries.DictionaryDtos.DictionariesResponse;
import gov.xianan.reform.dictionaries.DictionaryDtos.DictionaryItemCreateRequest;
import gov.xianan.reform.dictionaries.DictionaryDtos.DictionaryItemResponse;
import gov.xianan.reform.dictionaries.DictionaryDtos.DictionaryItemUpdateRequest;
import gov.xianan.reform.dictionaries.DictionaryDtos.DictionaryResponse;
import gov.xianan.reform.dictionaries.DictionaryItem;
import gov.xianan.reform.dictionaries.DictionaryKind;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/**
 * The dictionary: everyone reads it (labels on every screen), the admin maintains it. Items of an
 * open kind can be added; behavioural items (the code switches on them) keep their code and stay
 * active; every change is an Envers revision, so each item has its history.
 */
@ApplicationScoped
public class DictionaryService {

    @Inject
    EntityManager em;

    @Inject
    EntityHistory history;

    @Inject
    DictionaryLabels labels;

    @Transactional(Transactional.TxType.SUPPORTS)
    public DictionariesResponse all() {
        Map<String, List<DictionaryItemResponse>> byKind = new LinkedHashMap<>();
        for (DictionaryItem i : DictionaryItem.<DictionaryItem>findAll(Sort.ascending("kind", "sortOrder", "code")).list()) {
            byKind.computeIfAbsent(i.kind, k -> new ArrayList<>()).add(DictionaryItemResponse.of(i));
        }
        List<DictionaryResponse> kinds = DictionaryKind.<DictionaryKind>findAll(Sort.ascending("sortOrder", "kind")).stream()
                .map(k -> new DictionaryResponse(k.kind, k.labelZh, k.labelEn, k.open, byKind.getOrDefault(k.kind, List.of())))
                .toList();
        return new DictionariesResponse(kinds);
    }

    /**
     * A tag that changes whenever any item or kind changes: the number of items, the sum of their
     * versions and the highest id (an added item raises it, an edit raises a version).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String etag() {
        Object[] r = (Object[]) em.createNativeQuery(
                "select count(*), coalesce(sum(version), 0), coalesce(max(id), 0), (select count(*) from dictionary_kind) from dictionary_item")
                .getSingleResult();
        return "\"dict-" + r[0] + "-" + r[1] + "-" + r[2] + "-" + r[3] + "\"";
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DictionaryResponse kind(String kind) {
        DictionaryKind k = kindOrNotFound(kind);
        List<DictionaryItemResponse> items = DictionaryItem.<DictionaryItem>find("kind", Sort.ascending("sortOrder", "code"), kind)
                .stream().map(DictionaryItemResponse::of).toList();
        return new DictionaryResponse(k.kind, k.labelZh, k.labelEn, k.open, items);
    }

    @Transactional
    public DictionaryItemResponse create(String kind, @Valid DictionaryItemCreateRequest request) {
        DictionaryKind k = kindOrNotFound(kind);
        if (!k.open) {
            throw new ProblemException(409, "/problems/closed-dictionary",
                    "「" + k.labelZh + "」的编码由系统定义,只能修改名称与排序,不能新增");
        }
        if (DictionaryItem.count("kind = ?1 and code = ?2", kind, request.code()) > 0) {
            throw new ProblemException(409, "/problems/duplicate", "编码已存在: " + request.code(),
                    List.of(new Problem.FieldError("code", "编码已存在")));
        }
        requireUniqueIndustryName(kind, request.labelZh(), null);
        DictionaryItem i = new DictionaryItem();
        i.kind = kind;
        i.code = request.code();
        i.labelZh = request.labelZh().strip();
        i.labelEn = request.labelEn().strip();
        i.sortOrder = request.sortOrder() != null ? request.sortOrder()
                : DictionaryItem.<DictionaryItem>find("kind", Sort.descending("sortOrder"), kind).firstResultOptional().map(x -> x.sortOrder + 10).orElse(10);
        i.active = true;
        i.behavioural = false;
        i.persistAndFlush();
        labels.invalidate();
        return DictionaryItemResponse.of(i);
    }

    @Transactional
    public DictionaryItemResponse update(String kind, String code, @Valid DictionaryItemUpdateRequest request) {
        DictionaryItem i = itemOrNotFound(kind, code);
        if (i.version != request.version()) {
            throw ProblemException.staleVersion("该字典项已被他人修改(当前版本 " + i.version + ",提交版本 " + request.version() + "),请刷新后重试");
        }
        if (i.behavioural && !request.active()) {
            throw behavioural(i);
        }
        requireUniqueIndustryName(kind, request.labelZh(), i.id);
        i.labelZh = request.labelZh().strip();
        i.labelEn = request.labelEn().strip();
        i.sortOrder = request.sortOrder();
        i.active = request.active();
        i.persistAndFlush();
        labels.invalidate();
        return DictionaryItemResponse.of(i);
    }

    /** Deactivates an item: it still names the records that carry it, but is no longer offered or accepted. */
    @Transactional
    public DictionaryItemResponse deactivate(String kind, String code) {
        DictionaryItem i = itemOrNotFound(kind, code);
        if (i.behavioural) {
            throw behavioural(i);
        }
        if (i.active) {
            i.active = false;
            i.persistAndFlush();
            labels.invalidate();
        }
        return DictionaryItemResponse.of(i);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(String kind, String code) {
        DictionaryItem i = itemOrNotFound(kind, code);
        return history.of(DictionaryItem.class, i.id, DictionaryService::snapshot);
    }

    /** Whether {@code code} is an active item of {@code kind}: incoming coded fields of open kinds are checked with it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isActive(String kind, String code) {
        return code != null && DictionaryItem.count("kind = ?1 and code = ?2 and active = true", kind, code) > 0;
    }

    /** Answers 400 with the field named unless {@code code} is an active item of {@code kind}. */
    public void requireActive(String kind, String code, String field) {
        if (code != null && !isActive(kind, code)) {
            throw ProblemException.invalid(field, "不是有效的选项(字典「" + kind + "」中没有启用的编码 " + code + ")");
        }
    }

    static Map<String, Object> snapshot(DictionaryItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", i.code);
        m.put("labelZh", i.labelZh);
        m.put("labelEn", i.labelEn);
        m.put("sortOrder", i.sortOrder);
        m.put("active", i.active);
        return m;
    }

    private void requireUniqueIndustryName(String kind, String labelZh, Long except) {
        if ("industry".equals(kind) && DictionaryItem.count("kind = 'industry' and labelZh = ?1 and id <> ?2", labelZh.strip(),
                except == null ? -1L : except) > 0) {
            throw new ProblemException(409, "/problems/duplicate", "行业名称已存在: " + labelZh,
                    List.of(new Problem.FieldError("labelZh", "行业名称已存在")));
        }
    }

    private static ProblemException behavioural(DictionaryItem i) {
        return new ProblemException(409, "/problems/behavioural-dictionary-item",
                "「" + i.labelZh + "」(" + i.code + ")由系统逻辑使用,不能停用");
    }

    private static DictionaryKind kindOrNotFound(String kind) {
        return DictionaryKind.<DictionaryKind>findByIdOptional(kind).orElseThrow(() -> ProblemException.notFound("字典不存在: " + kind));
    }

    private static DictionaryItem itemOrNotFound(String kind, String code) {
        return DictionaryItem.<DictionaryItem>find("kind = ?1 and code = ?2", kind, code).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("字典项不存在: " + kind + "/" + code));
    }
}
