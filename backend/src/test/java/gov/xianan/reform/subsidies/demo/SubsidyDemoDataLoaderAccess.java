package gov.xianan.reform.subsidies.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Lets a test run the demo loader's population step (package-private in main) inside its own transaction. */
@ApplicationScoped
public class SubsidyDemoDataLoaderAccess {

    @Inject
    SubsidyDemoDataLoader loader;

    public int populate() {
        return loader.populate();
    }
}
