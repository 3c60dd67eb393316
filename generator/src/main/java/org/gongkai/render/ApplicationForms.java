package org.gongkai.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.content.ApplicationForm;
import org.gongkai.content.ApplyOffice;
import org.gongkai.content.Document;
import org.gongkai.publish.OutputTree;
import org.gongkai.site.SiteModel;

/**
 * The 依申请公开 page's application forms, written at build from site.yaml's office ({@link
 * ApplyOffice}): each {@link ApplicationForm} as DOCX and PDF beside the page, and the page's view
 * of them with the routes an application can take. They carry only what site.yaml says of the
 * office, never a document, so nothing withheld can reach them. The planner and the renderer share
 * one instance: the files are made once per office, and {@code serve} does not make them again
 * after every save.
 */
final class ApplicationForms {

    /** The forms of the last office asked for, file name → bytes, in page order. */
    private Made last;

    private record Made(String authority, ApplyOffice office, Map<String, byte[]> files) {}

    /** The forms' files for the site's office, file name → bytes. */
    synchronized Map<String, byte[]> files(SiteModel model) {
        String authority = model.site().name();
        ApplyOffice office = model.site().applyOffice();
        if (last == null || !last.authority().equals(authority) || !last.office().equals(office)) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (ApplicationForm form : ApplicationForm.values()) {
                ApplicationSheet sheet = ApplicationSheet.of(form, authority, office);
                files.put(form.fileName("docx"), FormDocx.write(sheet));
                files.put(form.fileName("pdf"), FormPdf.write(sheet));
            }
            last = new Made(authority, office, Collections.unmodifiableMap(files));
        }
        return last.files();
    }

    /** Writes the forms beside the published apply page, when there is one. */
    void write(SiteModel model, OutputTree out) {
        for (Document d : model.published()) {
            if (ApplicationForm.offeredOn(d)) {
                String folder = SitePaths.documentFolder(d);
                files(model).forEach((name, bytes) -> out.write(folder + name, bytes));
            }
        }
    }

    /** The page's view of the forms and routes; null on every other page (the template asks). */
    PageViews.ApplyView view(SiteModel model, Document d) {
        if (!ApplicationForm.offeredOn(d)) {
            return null;
        }
        String folder = SitePaths.documentFolder(d);
        Map<String, byte[]> files = files(model);
        List<Views.File> forms = new ArrayList<>();
        for (ApplicationForm form : ApplicationForm.values()) {
            for (String format : ApplicationForm.FORMATS) {
                String name = form.fileName(format);
                forms.add(
                        new Views.File(
                                form.title(),
                                folder + name,
                                format.toUpperCase(Locale.ROOT),
                                ViewFactory.humanSize(files.get(name).length)));
            }
        }
        ApplyOffice o = model.site().applyOffice();
        String mailto =
                o.email().isEmpty()
                        ? ""
                        : "mailto:"
                                + o.email()
                                + "?subject="
                                + URLEncoder.encode("政府信息公开申请", StandardCharsets.UTF_8);
        return new PageViews.ApplyView(forms, o, mailto, ApplicationSheet.routes(o));
    }
}
