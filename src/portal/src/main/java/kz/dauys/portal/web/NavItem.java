package kz.dauys.portal.web;

/** A link of the main navigation: a message key for its label, where it goes, and whether it is the current section. */
public record NavItem(String key, String href, boolean current) {
}
