package kz.dauys.portal.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import kz.dauys.portal.chart.SvgCharts;
import kz.dauys.portal.i18n.Msg;

import java.text.NumberFormat;

/** Puts the request's language on a page before it renders (message bundles, numbers and dates follow it). */
@RequestScoped
public class Pages {

    private final PortalLocale locale;

    Pages(PortalLocale locale) {
        this.locale = locale;
    }

    public TemplateInstance show(TemplateInstance page) {
        return page.setLocale(locale.locale());
    }

    public String language() {
        return locale.language();
    }

    /** The message bundle in the request's language, for texts built in Java (chart titles, options). */
    public Msg msg() {
        String language = locale.language();
        return Msg.DEFAULT_LANGUAGE.equals(language) ? MessageBundles.get(Msg.class)
                : MessageBundles.get(Msg.class, Localized.Literal.of(language));
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale.locale()).format(value);
    }

    public SvgCharts charts() {
        return new SvgCharts(locale.locale());
    }
}
