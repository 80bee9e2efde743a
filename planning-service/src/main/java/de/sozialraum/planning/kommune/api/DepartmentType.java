package de.sozialraum.planning.kommune.api;

/** Who a department is: part of the administration, or an external provider the Kommune works with. */
public enum DepartmentType {
    /** An Amt or Fachbereich of the Kommune's administration. */
    AMT,
    /** An external provider (freier Träger), e.g. a welfare association running a Stadtteilbüro. */
    FREIER_TRAEGER
}
