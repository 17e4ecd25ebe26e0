package gov.xianan.reform.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

import gov.xianan.reform.registry.validation.CreditCodes;
import gov.xianan.reform.registry.validation.IdNumbers;

/** Valid, unique synthetic ID numbers and credit codes for tests (area 421202, like the demo data). */
public final class Ids {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 500));

    private Ids() {
    }

    /** An ID number born on {@code yyyymmdd}; {@code male} picks an odd sequence digit. */
    public static String idNumber(String yyyymmdd, boolean male) {
        int seq = SEQ.incrementAndGet() % 500 * 2 + (male ? 1 : 0);
        String first17 = "421202" + yyyymmdd + String.format("%03d", seq % 1000);
        return first17 + IdNumbers.checkCharacter(first17);
    }

    public static String creditCode() {
        String first17 = String.format("91421202MA%07d", SEQ.incrementAndGet() * 7919 % 10_000_000);
        return first17 + CreditCodes.checkCharacter(first17);
    }
}
