package navaa.clinic.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;

/**
 * The live one-time code of a phone number (one row per number; a new code replaces it).
 * Holds the code's keyed hash only. The rules of its life are {@link navaa.clinic.control.OtpRules}'.
 */
@Entity
@Table(name = "clinic_otp_codes")
public class OtpCode extends NumberedEntity {

    private String phone, codeHash, channel;
    /** Guesses at this code; the hourly window counts codes sent, not guesses. */
    private int attempts, sendsInWindow;
    private boolean used;
    private Instant sentAt, expiresAt, windowStartedAt;

    protected OtpCode() {
    }

    public OtpCode(String phone) {
        this.phone = phone;
    }

    /** A new code sent now: attempts start again; the hourly window goes on unless it is over. */
    public void replace(String codeHash, String channel, Instant now, Instant expiresAt, boolean newWindow) {
        this.codeHash = codeHash;
        this.channel = channel;
        this.attempts = 0;
        this.used = false;
        this.sentAt = now;
        this.expiresAt = expiresAt;
        if (newWindow || windowStartedAt == null) {
            windowStartedAt = now;
            sendsInWindow = 1;
        } else {
            sendsInWindow++;
        }
    }

    public void attempted() {
        attempts++;
    }

    public void use() {
        used = true;
    }

    public String getPhone() { return phone; }
    public String getCodeHash() { return codeHash; }
    public String getChannel() { return channel; }
    public int getAttempts() { return attempts; }
    public boolean isUsed() { return used; }
    public Instant getSentAt() { return sentAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public int getSendsInWindow() { return sendsInWindow; }
    public Instant getWindowStartedAt() { return windowStartedAt; }
}
