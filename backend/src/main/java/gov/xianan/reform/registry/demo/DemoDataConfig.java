package gov.xianan.reform.registry.demo;

import org.jboss.logging.Logger;

import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Demo data for the dev profile (make run). Never enabled in production. */
@ConfigMapping(prefix = "xianan.demo-data")
public interface DemoDataConfig {

    /** Generate the demo registry at startup when the registry is empty (dev profile only). */
    @WithDefault("false")
    boolean enabled();

    /** How many workers; the district's review counts 22,165. */
    @WithDefault("22165")
    int workers();

    /** Random seed: the same seed gives the same registry. */
    @WithDefault("20201124")
    long seed();

    /**
     * Whether the demo loaders run at this startup: enabled, and never in the prod profile however
     * the flag is set. Every feature's loader asks this one question.
     */
    default boolean loadAtStartup() {
        if (!enabled()) {
            return false;
        }
        if (ConfigUtils.getProfiles().contains("prod")) {
            Logger.getLogger(DemoDataConfig.class).warn("xianan.demo-data.enabled is ignored in the prod profile");
            return false;
        }
        return true;
    }
}
