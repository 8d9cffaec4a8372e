package kz.dauys.ombudsman.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kz.dauys.ombudsman.common.Today;
import kz.dauys.ombudsman.office.StaffViewer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Records every read of a case and shows the record to central administrators. */
@ApplicationScoped
public class AccessLog {

    private final Today today;

    AccessLog(Today today) {
        this.today = today;
    }

    public record Entry(UUID caseId, String reader, String capacity, String office, Instant readAt) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void staffRead(UUID caseId, StaffViewer viewer) {
        CaseAccess.record(caseId, viewer.subject(), viewer.username(),
                viewer.central() ? CaseAccess.Capacity.CENTRAL_ADMINISTRATOR : CaseAccess.Capacity.OFFICE_STAFF,
                viewer.office(), today.now());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void complainantRead(UUID caseId, String subject, String username) {
        CaseAccess.record(caseId, subject, username, CaseAccess.Capacity.COMPLAINANT, null, today.now());
    }

    public List<Entry> ofCase(UUID caseId) {
        return CaseAccess.<CaseAccess>list("caseId = ?1 order by readAt desc, id desc", caseId).stream().map(AccessLog::entry).toList();
    }

    public List<Entry> recent(String reader, int page, int size) {
        var query = reader == null
                ? CaseAccess.<CaseAccess>find("order by readAt desc, id desc")
                : CaseAccess.<CaseAccess>find("readerUsername = ?1 order by readAt desc, id desc", reader);
        return query.page(page, size).list().stream().map(AccessLog::entry).toList();
    }

    private static Entry entry(CaseAccess a) {
        return new Entry(a.caseId, a.readerUsername, a.capacity, a.readerOffice, a.readAt);
    }
}
