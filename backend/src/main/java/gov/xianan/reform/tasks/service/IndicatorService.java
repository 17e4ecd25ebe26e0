package gov.xianan.reform.tasks.service;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import gov.xianan.reform.common.indicators.Indicator;
import gov.xianan.reform.tasks.mapping.TaskDtos.IndicatorResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Every Indicator bean of the application, found through CDI: a new feature's indicator needs no change here. */
@ApplicationScoped
public class IndicatorService {

    @Inject
    @Any
    Instance<Indicator> indicators;

    public List<Indicator> all() {
        return indicators.stream().sorted(Comparator.comparing(Indicator::code)).toList();
    }

    public Optional<Indicator> find(String code) {
        return code == null ? Optional.empty() : indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BigDecimal value(String code, int year) {
        return find(code).map(i -> i.value(year)).orElse(null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndicatorResponse> list(int year) {
        return all().stream().map(i -> new IndicatorResponse(i.code(), i.label(), i.labelEn(), i.unit(), i.perYear(), year, i.value(year)))
                .toList();
    }
}
