package gov.xianan.reform.common.disclosure;

/**
 * Who gets exact figures: answered where the lead-unit question is asked (departments), so that
 * this package depends on no feature.
 */
public interface ExactFiguresAudience {

    /** True for the lead unit (lead role or lead-unit staff); everyone else gets protected figures. */
    boolean seesExactFigures();
}
