package navaa.clinic.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a doctor takes visits: fees (rials), length and rest after each (minutes), and the
 * working week (days Saturday first, hours in minutes after Tehran's midnight; null until set).
 */
@Embeddable
public class DoctorVisits {

    /** The week as stored: comma-separated day names, start and end minutes, visit and buffer minutes. */
    public record Week(String days, Integer start, Integer end, int durationMinutes, int bufferMinutes) {
    }

    @Column(name = "online_consultation_enabled")
    private boolean onlineEnabled;

    @Column(name = "online_consultation_fee")
    private Long onlineFee;

    @Column(name = "in_person_consultation_fee")
    private Long inPersonFee;

    @Column(name = "consultation_duration")
    private int durationMinutes = 20;

    @Column(name = "buffer_time")
    private int bufferMinutes;

    @Column(name = "working_days", length = 80)
    private String workingDays = "";

    @Column(name = "work_start")
    private Integer workStart;

    @Column(name = "work_end")
    private Integer workEnd;

    /** Doc 003's {@code consultation_settings}, replaced whole. */
    public void setConsultation(boolean onlineEnabled, long onlineFee, long inPersonFee, int durationMinutes, int bufferMinutes) {
        this.onlineEnabled = onlineEnabled;
        this.onlineFee = onlineFee;
        this.inPersonFee = inPersonFee;
        this.durationMinutes = durationMinutes;
        this.bufferMinutes = bufferMinutes;
    }

    /** Doc 003's {@code working_days} and {@code working_hours}, replaced whole. */
    public void setWeek(String workingDays, int workStart, int workEnd) {
        this.workingDays = workingDays;
        this.workStart = workStart;
        this.workEnd = workEnd;
    }

    public Week week() {
        return new Week(workingDays, workStart, workEnd, durationMinutes, bufferMinutes);
    }

    public boolean isOnlineEnabled() { return onlineEnabled; }
    public Long getOnlineFee() { return onlineFee; }
    public void setOnlineFee(Long onlineFee) { this.onlineFee = onlineFee; }
    public Long getInPersonFee() { return inPersonFee; }
    public void setInPersonFee(Long inPersonFee) { this.inPersonFee = inPersonFee; }
}
