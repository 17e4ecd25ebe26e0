package gov.xianan.reform.common.audit;

import java.util.Map;

/**
 * The names of the demo realm's users (backend/keycloak/xianan-realm.json), for the demo data
 * loaders, which write as these users without a token: the rows then carry a name as live ones do.
 */
public final class DemoPeople {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("federation-lead", "张明华"), Map.entry("federation-staff", "李娜"), Map.entry("hrss-reviewer", "王芳"),
            Map.entry("hrss-approver", "刘强"), Map.entry("hrss-staff", "郑丽"), Map.entry("publicity-staff", "陈静"),
            Map.entry("scitech-staff", "杨帆"), Map.entry("education-staff", "赵敏"), Map.entry("ndrc-staff", "黄磊"),
            Map.entry("devzone-staff", "周洋"), Map.entry("analyst", "吴迪"), Map.entry("admin", "孙立"));

    private DemoPeople() {
    }

    /** The demo user's name, or the system's name for anything else (系统（演示数据）). */
    public static String name(String login) {
        return NAMES.getOrDefault(login, "系统（演示数据）");
    }
}
