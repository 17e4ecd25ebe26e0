package gov.xianan.reform.registry.demo;

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
}
