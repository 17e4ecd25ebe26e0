package gov.xianan.reform.registry.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gov.xianan.reform.registry.Industry;
import gov.xianan.reform.registry.mapping.EnterpriseDtos.IndustryResponse;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The industry reference list; small, read on every registry answer to name industries. */
@ApplicationScoped
public class Industries {

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndustryResponse> list() {
        return Industry.<Industry>findAll(Sort.ascending("sortOrder")).stream()
                .map(i -> new IndustryResponse(i.code, i.name, i.nameEn)).toList();
    }

    /** Code → Chinese name, in display order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        for (IndustryResponse i : list()) {
            names.put(i.code(), i.name());
        }
        return names;
    }

    public boolean exists(String code) {
        return code != null && Industry.findByIdOptional(code).isPresent();
    }
}
