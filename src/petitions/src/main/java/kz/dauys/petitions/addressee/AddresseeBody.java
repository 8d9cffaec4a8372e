package kz.dauys.petitions.addressee;

/** The kind of body a petition is addressed to. */
public enum AddresseeBody {
    GOVERNMENT,
    CENTRAL_BODY,
    AKIMAT,
    MASLIKHAT;

    public boolean isCentral() {
        return this == GOVERNMENT || this == CENTRAL_BODY;
    }
}
