package kz.dauys.assembly.body;

/** The kinds of local representative bodies. */
public enum BodyKind {
    /** The maslikhat of an oblast, a city or a district. */
    MASLIKHAT,
    /** The local community gathering (жергілікті қоғамдастық жиналысы) of a rural district. */
    COMMUNITY_GATHERING
}
