package kz.dauys.platform.identity;

/** The realm roles of the Dauys Keycloak realm. */
public final class Roles {

    public static final String CITIZEN = "citizen";
    public static final String OFFICIAL = "official";
    public static final String MODERATOR = "moderator";
    public static final String OMBUDSMAN_STAFF = "ombudsman_staff";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
