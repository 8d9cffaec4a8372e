package kz.dauys.petitions.addressee;

/** The level of the state body a petition is addressed to. */
public enum AddresseeLevel {
    /** The Government or a central state body. */
    CENTRAL,
    /** An oblast or a city of republican significance. */
    REGION,
    /** A town of oblast significance above the population the law sets. */
    TOWN
}
