package gov.xianan.reform.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

import gov.xianan.reform.registry.validation.CreditCodes;
import gov.xianan.reform.registry.validation.IdNumbers;

/** Valid, unique synthetic ID numbers and credit codes for tests (area 421202 like the demo data, then others of Hubei). */
public final class Ids {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 500));
    /** 咸安 first, like the demo data; then areas of other Hubei cities, which no demo worker has. */
    private static final String[] AREAS = { "421202", "420102", "420106", "420111", "420502", "420602", "420702", "420802" };

    private Ids() {
    }

    /** An ID number born on {@code yyyymmdd}; {@code male} picks an odd sequence digit. */
    public static String idNumber(String yyyymmdd, boolean male) {
        int n = SEQ.incrementAndGet();
        int seq = n % 500 * 2 + (male ? 1 : 0);
        // after 500 numbers the sequence digits repeat: the next area then (two tests that both create someone born on
        // the same day 500 numbers apart got the same ID number, and the second one a 409, depending on the suites run)
        String first17 = AREAS[n / 500 % AREAS.length] + yyyymmdd + String.format("%03d", seq % 1000);
        return first17 + IdNumbers.checkCharacter(first17);
    }

    public static String creditCode() {
        String first17 = String.format("91421202MA%07d", SEQ.incrementAndGet() * 7919 % 10_000_000);
        return first17 + CreditCodes.checkCharacter(first17);
    }
}
