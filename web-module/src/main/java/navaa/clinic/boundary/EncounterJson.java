package navaa.clinic.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import navaa.clinic.control.CancellationPolicy;
import navaa.clinic.control.DoctorView;
import navaa.clinic.entity.Encounter;
import navaa.platform.control.Messages;

import java.net.URI;
import java.util.Locale;

/** An encounter in doc 003's words: the booking's answer and one of the list's results. */
final class EncounterJson {

    private EncounterJson() {
    }

    /** Doc 003, POST /api/v1/patients/encounters/book/: the 201 body. */
    static JsonObject booked(Encounter e, DoctorView doctor, Locale locale) {
        return Json.createObjectBuilder()
                .add("id", e.getUuid())
                .add("booking_reference", e.getBookingReference())
                .add("doctor", Json.createObjectBuilder().add("id", doctor.account().getUuid())
                        .add("name", name(doctor, locale)).add("specialty", specialty(doctor)))
                .add("scheduled_at", DoctorJson.timestamp(e.getScheduledAt()))
                .add("estimated_duration", e.getDurationMinutes())
                .add("visit_type", e.getVisitType())
                // given 15 minutes before an online visit, once video visits exist
                .add("meeting_link", JsonValue.NULL)
                .add("status", e.getStatus())
                .add("payment", Json.createObjectBuilder()
                        .add("total_amount", e.getTotalAmount())
                        .add("insurance_discount", e.getInsuranceDiscount())
                        .add("payable_amount", e.getPayableAmount())
                        .add("payment_status", e.getPaymentStatus())
                        // until the wallet and gateway (issue 14, part 2) there is nowhere to pay
                        .add("payment_url", JsonValue.NULL))
                .add("cancellation_policy", Json.createObjectBuilder()
                        .add("free_cancellation_before", DoctorJson.timestamp(CancellationPolicy.freeUntil(e.getScheduledAt())))
                        .add("cancellation_fee_percentage", CancellationPolicy.FEE_PERCENTAGE))
                .build();
    }

    /** Doc 003, GET /api/v1/patients/encounters/: one of {@code results}. */
    static JsonObjectBuilder listed(Encounter e, DoctorView doctor, Locale locale, URI base) {
        return Json.createObjectBuilder()
                .add("id", e.getUuid())
                .add("booking_reference", e.getBookingReference())
                .add("doctor", Json.createObjectBuilder().add("id", doctor.account().getUuid())
                        .add("name", name(doctor, locale)).add("specialty", specialty(doctor))
                        .add("profile_image", doctor.hasPhoto() ? Json.createValue(DoctorAnswers.photoUrl(base, doctor.account())) : JsonValue.NULL))
                .add("scheduled_at", DoctorJson.timestamp(e.getScheduledAt()))
                .add("chief_complaint", e.getChiefComplaint() == null ? JsonValue.NULL : Json.createValue(e.getChiefComplaint()))
                .add("status", e.getStatus())
                .add("duration_minutes", e.getDurationMinutes())
                .add("visit_type", e.getVisitType())
                // prescriptions and SOAP reports come with later parts of issue 14
                .add("prescription", JsonValue.NULL)
                .add("soap_report", JsonValue.NULL)
                .add("total_cost", e.getTotalAmount())
                .add("insurance_share", e.getInsuranceDiscount())
                .add("patient_share", e.getPayableAmount());
    }

    /** The patient's cancellation (an extension): the list's fields, when it was cancelled and what it cost. */
    static JsonObject cancelled(Encounter e, DoctorView doctor, Locale locale, URI base) {
        return listed(e, doctor, locale, base)
                .add("cancelled_at", DoctorJson.timestamp(e.getCancelledAt()))
                .add("cancellation_fee", e.getCancellationFee())
                .build();
    }

    private static String name(DoctorView doctor, Locale locale) {
        return Messages.text("doctor.title", locale, DoctorJson.fullName(doctor.account()));
    }

    private static JsonValue specialty(DoctorView doctor) {
        String title = doctor.profile().specialty().title();
        return title == null ? JsonValue.NULL : Json.createValue(title);
    }
}
