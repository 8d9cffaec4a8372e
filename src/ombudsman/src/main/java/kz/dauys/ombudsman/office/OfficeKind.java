package kz.dauys.ombudsman.office;

public enum OfficeKind {
    CENTRAL,
    REGIONAL
}
