package kz.dauys.portal.web;

import io.quarkus.qute.TemplateExtension;

/**
 * Message keys for the assembly and ombudsman codes ({@code {c.status.codeKey('ombudsman_status_')}}); the
 * test {@code AssemblyOmbudsmanMessagesTest} proves a text exists for every code these pages show.
 */
@TemplateExtension
public class CodeKeys {

    static String codeKey(String code, String prefix) {
        return Formats.key(code, prefix);
    }
}
