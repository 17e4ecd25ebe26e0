package gov.xianan.reform.registry.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gov.xianan.reform.dictionaries.DictionaryItem;
import gov.xianan.reform.registry.Industry;
import gov.xianan.reform.registry.mapping.EnterpriseDtos.IndustryResponse;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The industry reference list; small, read on every registry answer to name industries. */
@ApplicationScoped
public class Industries {

    /** The active industries of the dictionary (字典 industry), in display order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndustryResponse> list() {
        return DictionaryItem.<DictionaryItem>find("kind = 'industry' and active = true", Sort.ascending("sortOrder", "code")).stream()
                .map(i -> new IndustryResponse(i.code, i.labelZh, i.labelEn)).toList();
    }

    /** Code → Chinese name, in display order; deactivated industries too (they still name old records). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Industry i : Industry.<Industry>findAll(Sort.ascending("sortOrder")).list()) {
            names.put(i.code, i.name);
        }
        return names;
    }

    /** Whether the code is an active industry of the dictionary: new and changed enterprises must carry one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String code) {
        return code != null && DictionaryItem.count("kind = 'industry' and code = ?1 and active = true", code) > 0;
    }
}
