package navaa.clinic.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;
import java.util.UUID;

/** Doc 003's encounter: one patient's booked visit with one doctor, priced when booked (rials). */
@Entity
@Table(name = "clinic_encounters")
public class Encounter extends NumberedEntity {

    /** What a booking asks for; the price and reference are worked out by the booking. */
    public record Request(String visitType, Instant scheduledAt, int durationMinutes, String chiefComplaint,
                          String description, String insuranceProvider, String insuranceNumber) {
    }

    private String uuid;
    private String bookingReference;
    private long patientAccountId;
    private long doctorAccountId;
    private Instant scheduledAt;
    private int durationMinutes;
    private String visitType;
    private String status;
    private String chiefComplaint;
    private String description;
    private String insuranceProvider;
    private String insuranceNumber;
    private long totalAmount;
    private long insuranceDiscount;
    private long payableAmount;
    private String paymentStatus;
    private Long cancellationFee;
    private Instant cancelledAt;
    private Instant createdAt;

    protected Encounter() {
    }

    public Encounter(long patientAccountId, long doctorAccountId, Request request, String bookingReference,
                     long totalAmount, long insuranceDiscount, Instant now) {
        this.uuid = UUID.randomUUID().toString();
        this.patientAccountId = patientAccountId;
        this.doctorAccountId = doctorAccountId;
        this.visitType = request.visitType();
        this.scheduledAt = request.scheduledAt();
        this.durationMinutes = request.durationMinutes();
        this.chiefComplaint = request.chiefComplaint();
        this.description = request.description();
        this.insuranceProvider = request.insuranceProvider();
        this.insuranceNumber = request.insuranceNumber();
        this.bookingReference = bookingReference;
        this.totalAmount = totalAmount;
        this.insuranceDiscount = insuranceDiscount;
        this.payableAmount = totalAmount - insuranceDiscount;
        this.status = "pending";
        this.paymentStatus = "pending";
        this.createdAt = now;
    }

    /** Cancelled by the patient at {@code now}, owing {@code fee}. */
    public void cancel(Instant now, long fee) {
        this.status = "cancelled";
        this.cancelledAt = now;
        this.cancellationFee = fee;
    }

    /** The doctor's step: {@code confirmed}, then {@code completed}. */
    public void moveTo(String status) {
        this.status = status;
    }

    public String getUuid() { return uuid; }
    public String getBookingReference() { return bookingReference; }
    public long getPatientAccountId() { return patientAccountId; }
    public long getDoctorAccountId() { return doctorAccountId; }
    public Instant getScheduledAt() { return scheduledAt; }
    public Instant getEndsAt() { return scheduledAt.plusSeconds(durationMinutes * 60L); }
    public int getDurationMinutes() { return durationMinutes; }
    public String getVisitType() { return visitType; }
    public String getStatus() { return status; }
    public String getChiefComplaint() { return chiefComplaint; }
    public String getDescription() { return description; }
    public long getTotalAmount() { return totalAmount; }
    public long getInsuranceDiscount() { return insuranceDiscount; }
    public long getPayableAmount() { return payableAmount; }
    public String getPaymentStatus() { return paymentStatus; }
    public Long getCancellationFee() { return cancellationFee; }
    public Instant getCancelledAt() { return cancelledAt; }
}
