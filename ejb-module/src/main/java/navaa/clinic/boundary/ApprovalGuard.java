package navaa.clinic.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import navaa.clinic.control.ApprovalAttempts;
import navaa.platform.control.Decision;

import java.time.Clock;

/**
 * The patients' wrong access codes, counted in memory as failed logins are ({@code LoginGuard}):
 * one server is one target, and a guesser cannot restart it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ApprovalGuard {

    private ApprovalAttempts attempts;

    @PostConstruct
    void init() {
        attempts = new ApprovalAttempts(Clock.systemUTC());
    }

    public Decision attempt(long patientAccountId) {
        return attempts.attempt(patientAccountId);
    }

    public void succeeded(long patientAccountId) {
        attempts.succeeded(patientAccountId);
    }

    public Decision standing(long patientAccountId) {
        return attempts.standing(patientAccountId);
    }
}
