package navaa.clinic.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Which of doc 003's notifications a doctor wants; all of them until the doctor says otherwise. */
@Embeddable
public class DoctorNotifications {

    @Column(name = "notify_appointment_reminders")
    private boolean reminders = true;

    @Column(name = "notify_new_appointments")
    private boolean newAppointments = true;

    @Column(name = "notify_cancellations")
    private boolean cancellations = true;

    @Column(name = "notify_payments")
    private boolean payments = true;

    public void set(boolean reminders, boolean newAppointments, boolean cancellations, boolean payments) {
        this.reminders = reminders;
        this.newAppointments = newAppointments;
        this.cancellations = cancellations;
        this.payments = payments;
    }

    public boolean isReminders() { return reminders; }
    public boolean isNewAppointments() { return newAppointments; }
    public boolean isCancellations() { return cancellations; }
    public boolean isPayments() { return payments; }
}
