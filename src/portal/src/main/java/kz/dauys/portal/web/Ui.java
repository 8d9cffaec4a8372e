package kz.dauys.portal.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.qute.TemplateGlobal;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * What the base layout needs on every page: language, the viewer and the navigation for their
 * roles (a citizen never gets a staff link), and the current path for the language switch and login.
 */
@RequestScoped
@Unremovable
public class Ui {

    private final PortalLocale locale;
    private final Viewer viewer;
    private final HttpServerRequest request;

    Ui(PortalLocale locale, Viewer viewer, HttpServerRequest request) {
        this.locale = locale;
        this.viewer = viewer;
        this.request = request;
    }

    /** The layout's view of the request, for every template as {@code ui}. */
    @TemplateGlobal(name = "ui")
    public static Ui current() {
        return Arc.container().instance(Ui.class).get();
    }

    public String getLanguage() {
        return locale.language();
    }

    public List<String> getLanguages() {
        return PortalLocale.LANGUAGES;
    }

    public Viewer getViewer() {
        return viewer;
    }

    /** The current path with its query, for "back to where I was" links. */
    public String getHere() {
        String uri = request.uri();
        return SafeRedirect.local(uri);
    }

    public List<NavItem> getNav() {
        String path = request.path();
        List<NavItem> items = new ArrayList<>();
        items.add(item("nav_petitions", "/petitions", path));
        items.add(item("nav_budget", "/budget", path));
        items.add(item("nav_assembly", "/assembly", path));
        items.add(item("nav_ombudsman", "/ombudsman", path));
        if (viewer.isCitizen()) {
            items.add(item("nav_mine", "/me", path));
        }
        if (viewer.isOfficial()) {
            items.add(item("nav_official", "/official", path));
        }
        if (viewer.isModerator()) {
            items.add(item("nav_moderation", "/moderation", path));
        }
        if (viewer.isOmbudsmanStaff()) {
            items.add(item("nav_ombudsman_desk", "/ombudsman-desk", path));
        }
        return items;
    }

    private static NavItem item(String key, String href, String path) {
        return new NavItem(key, href, path.equals(href) || path.startsWith(href + "/"));
    }
}
