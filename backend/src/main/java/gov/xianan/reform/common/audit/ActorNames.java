package gov.xianan.reform.common.audit;

import gov.xianan.reform.dictionaries.service.DictionaryLabels;
import io.quarkus.arc.Arc;

/** Names for mappers: the name stored at the time of the act, else a known system or client name, else the login. */
public final class ActorNames {

    private ActorNames() {
    }

    public static String of(String login, String storedName) {
        if (storedName != null && !storedName.isBlank()) {
            return storedName;
        }
        return login == null ? null : labels().actorName(login, null);
    }

    public static String department(String code) {
        return code == null ? null : labels().departmentName(code);
    }

    private static DictionaryLabels labels() {
        return Arc.container().instance(DictionaryLabels.class).get();
    }
}
