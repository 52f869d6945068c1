package navaa.clinic.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import navaa.clinic.entity.AccessLogEntry;
import navaa.identity.entity.Account;
import navaa.identity.entity.AccountsTouched;
import navaa.identity.entity.Role;

import java.time.Instant;
import java.util.List;

/** An administrator's read or change of patients' accounts goes in those patients' access logs. */
@Stateless
public class AdminLooks {

    @Inject
    AuditTrail audit;

    public void record(@Observes AccountsTouched touched) {
        Instant now = Instant.now();
        List<AccessLogEntry> entries = touched.accounts().stream()
                .filter(a -> a.getRoles().contains(Role.PATIENT) && a.getId() != touched.admin().accountId())
                .map(a -> entry(touched, a, now)).toList();
        if (!entries.isEmpty()) {
            audit.record(entries);
        }
    }

    private static AccessLogEntry entry(AccountsTouched touched, Account patient, Instant now) {
        return new AccessLogEntry(patient.getId(), patient.getUuid(), touched.admin().accountId(), Role.ADMIN.value(),
                touched.action(), patient.getUuid(), null, null, true, now);
    }
}
