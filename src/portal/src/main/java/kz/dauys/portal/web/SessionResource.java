package kz.dauys.portal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** Signing in (the code flow runs on /login, protected in application.properties) and the language switch. */
@Path("/")
@Tag(name = "Session", description = "Login and language")
public class SessionResource {

    static final int ONE_YEAR = 365 * 24 * 3600;

    private final String languageCookie;

    SessionResource(@ConfigProperty(name = "dauys.portal.language-cookie") String languageCookie) {
        this.languageCookie = languageCookie;
    }

    @GET
    @Path("login")
    @Operation(summary = "Sign in with Keycloak, then go back to the page the user came from")
    public Response login(@QueryParam("back") String back) {
        return Response.seeOther(URI.create(SafeRedirect.local(back))).build();
    }

    @GET
    @Path("language/{lang}")
    @Operation(summary = "Switch the language (remembered for a year in a cookie) and go back")
    public Response language(@PathParam("lang") String lang, @QueryParam("back") String back) {
        String chosen = PortalLocale.LANGUAGES.contains(lang) ? lang : PortalLocale.LANGUAGES.getFirst();
        NewCookie cookie = new NewCookie.Builder(languageCookie).value(chosen).path("/").maxAge(ONE_YEAR)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(false).build();
        return Response.seeOther(URI.create(SafeRedirect.local(back))).cookie(cookie).build();
    }
}
