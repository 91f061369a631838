package org.peacecouncil.finance;

/** How a project is financed: grants, investment on commercial terms, or goods and services in kind. */
public enum Modality {
    GRANT, INVESTMENT, IN_KIND
}
