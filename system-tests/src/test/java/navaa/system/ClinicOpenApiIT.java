package navaa.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Doc 003's clinic family in the OpenAPI document (/api/schema/ as JSON): every operation
 * has a summary, and its request body and success response resolve, through
 * {@code $ref}s into the components of web-module's META-INF/openapi.yaml, to objects with
 * the document's field names; its refusals to doc 003's error shape.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClinicOpenApiIT {

    /**
     * Every clinic operation: method and path as the document lists them (no trailing
     * slash), the request body's fields ("" when it takes none), the success status and
     * its answer's fields ("" when it answers no JSON). A dotted name looks inside an
     * object, or inside the items of an array ({@code results.id}). A new endpoint adds its
     * row here.
     */
    private static final List<Op> OPERATIONS = List.of(
            op("post /api/v1/auth/login/otp", "phone_number channel", "200", "message expires_in resend_available_in masked_phone"),
            op("post /api/v1/auth/verify/otp", "phone_number otp_code", "200",
                    "access refresh is_new_user user.id user.phone_number user.role user.is_profile_complete user.created_at"),
            op("post /api/v1/auth/token", "username password", "200", "access refresh access_expires_in refresh_expires_in user.id"),
            op("post /api/v1/auth/refresh", "refresh", "200", "access access_expires_in"),
            op("post /api/v1/auth/logout", "refresh", "204", ""),
            op("get /api/v1/patients/profile", "", "200", PatientFields.ALL),
            op("put /api/v1/patients/profile", PatientFields.EDITABLE, "200", PatientFields.ALL),
            op("patch /api/v1/patients/profile", PatientFields.EDITABLE, "200", PatientFields.ALL),
            op("get /api/v1/patients/encounters", "", "200", "count next previous results.id results.doctor.profile_image"
                    + " results.scheduled_at results.chief_complaint results.status results.duration_minutes results.visit_type"
                    + " results.prescription.medications_count results.soap_report.created_at results.total_cost"
                    + " results.insurance_share results.patient_share"),
            op("post /api/v1/patients/encounters/book", "doctor_id scheduled_at visit_type chief_complaint description"
                    + " insurance_info.use_insurance insurance_info.provider insurance_info.number", "201",
                    "id booking_reference doctor.id doctor.name doctor.specialty scheduled_at estimated_duration visit_type meeting_link"
                            + " status payment.total_amount payment.insurance_discount payment.payable_amount payment.payment_status"
                            + " payment.payment_url cancellation_policy.free_cancellation_before cancellation_policy.cancellation_fee_percentage"),
            op("post /api/v1/patients/encounters/{id}/cancel", "", "200", "id status scheduled_at patient_share cancelled_at cancellation_fee"),
            op("post /api/v1/patients/encounters/{id}/rate", "score", "201", "encounter_id score"),
            op("post /api/v1/doctors/encounters/{id}/confirm", "", "200", "id status scheduled_at visit_type"),
            op("post /api/v1/doctors/encounters/{id}/complete", "", "200", "id status scheduled_at visit_type"),
            op("get /api/v1/patients/doctors/search", "", "200", "count next previous results.id results.name results.specialty.title"
                    + " results.medical_council_number results.experience_years results.rating.average results.consultation_fee"
                    + " results.online_consultation_fee results.profile_image results.location.city results.availability.next_available"
                    + " results.languages results.accepted_insurances"),
            op("get /api/v1/doctors/profile", "", "200", DoctorFields.PROFILE),
            op("put /api/v1/doctors/profile", DoctorFields.EDITABLE, "200", DoctorFields.PROFILE),
            op("put /api/v1/doctors/profile/photo", "profile_image", "200", DoctorFields.PROFILE),
            op("get /api/v1/doctors/settings", "", "200", DoctorFields.SETTINGS),
            op("put /api/v1/doctors/settings", DoctorFields.SETTINGS, "200", DoctorFields.SETTINGS),
            op("get /api/v1/doctors/photos/{id}", "", "200", ""),
            op("get /api/v1/patients/access-log", "", "200", "count next previous results.actor.role results.action results.allowed"
                    + " results.created_at"),
            op("get /api/admin/doctors/{username}/profile", "", "200", DoctorFields.PROFILE),
            op("put /api/admin/doctors/{username}/profile", DoctorFields.EDITABLE, "200", DoctorFields.PROFILE),
            op("put /api/admin/doctors/{username}/photo", "profile_image", "200", DoctorFields.PROFILE),
            op("get /api/v1/doctors/dashboard", "", "200", "today_stats.revenue week_stats.average_rating"
                    + " upcoming_appointments.patient.medical_record_number notifications.message notifications.is_read"),
            op("post /api/v1/doctors/notifications/{id}/read", "", "200", "id type message created_at is_read"),
            op("get /api/admin/sms/outbox", "", "200", "phone channel text created_at"),
            op("post /api/v1/patients/medical-files/upload", "file file_type title description encounter_id", "201", MedicalFileFields.UPLOADED),
            op("get /api/v1/patients/medical-files", "", "200", "count next previous " + MedicalFileFields.LISTED_RESULTS),
            op("get /api/v1/patients/medical-files/{id}", "", "200", MedicalFileFields.LISTED),
            op("get /api/v1/patients/medical-files/{id}/download", "", "200", ""),
            op("get /api/v1/doctors/patients/{patient_id}/medical-files", "", "200", "count next previous " + MedicalFileFields.LISTED_RESULTS),
            op("post /api/v1/doctors/patient-access/grant", "patient_phone access_duration_hours permissions reason", "201",
                    "access_code patient.id patient.name patient.phone_number permissions expires_at qr_code_url"),
            op("get /api/v1/qr/access/{code}", "", "200", ""),
            op("get /api/v1/patients/access-grants", "", "200", "count next previous " + GrantFields.LISTED_RESULTS),
            op("post /api/v1/patients/access-grants/approve", "access_code", "200", GrantFields.LISTED),
            op("post /api/v1/patients/access-grants/{id}/revoke", "", "200", GrantFields.LISTED),
            op("post /api/v1/doctors/patients/{patient_id}/notes", "encounter_id note_type content is_private tags", "201", NoteFields.NOTE),
            op("get /api/v1/doctors/patients/{patient_id}/notes", "", "200", "count next previous " + NoteFields.RESULTS),
            op("get /api/v1/doctors/patients/{patient_id}", "", "200", PatientFields.ALL),
            op("get /api/v1/patients/notes", "", "200", "count next previous " + NoteFields.RESULTS));

    private static JsonObject document;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @BeforeAll
    static void read() {
        Http.Reply schema = new Http().get("/api/schema/", "Accept", "application/json");
        assertEquals(200, schema.status(), schema::toString);
        document = schema.json();
    }

    @Test
    void everyClinicOperationHasASummaryAndTheDocumentsFieldsInItsBodies() {
        List<String> wrong = new ArrayList<>();
        for (Op op : OPERATIONS) {
            JsonObject operation = operation(op.method(), op.path());
            if (operation == null) {
                wrong.add(op + ": missing");
                continue;
            }
            if (operation.getString("summary", "").isBlank()) {
                wrong.add(op + ": no summary");
            }
            JsonValue body = operation.get("requestBody");
            if (!op.request().isEmpty()) {
                check(op + " request", body == null ? null : jsonContent(resolve(body)), op.request(), wrong);
            }
            JsonObject responses = operation.getJsonObject("responses");
            JsonValue success = responses == null ? null : responses.get(op.success());
            if (success == null) {
                wrong.add(op + ": no " + op.success() + " response");
            } else if (!op.answer().isEmpty()) {
                check(op + " " + op.success(), jsonContent(resolve(success)), op.answer(), wrong);
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    /** The table above is complete: a clinic operation added without its row (and its schemas) fails here. */
    @Test
    void theTableListsEveryClinicOperation() {
        Set<String> listed = new TreeSet<>();
        document.getJsonObject("paths").forEach((path, item) -> {
            if (path.startsWith("/api/v1/") || path.startsWith("/api/admin/doctors/") || path.startsWith("/api/admin/sms/")) {
                item.asJsonObject().keySet().stream().filter(m -> !m.equals("parameters")).forEach(m -> listed.add(m + " " + path));
            }
        });
        Set<String> inTable = new java.util.HashSet<>();
        OPERATIONS.forEach(op -> assertTrue(inTable.add(op.toString()), op + " is listed twice"));
        listed.removeAll(inTable);
        assertTrue(listed.isEmpty(), () -> "clinic operations missing from ClinicOpenApiIT.OPERATIONS (and maybe their schemas): " + listed);
    }

    /** Every 4xx a clinic operation documents answers doc 003's error shape; the OTP endpoints' 429 the flat one. */
    @Test
    void refusalsAnswerDocThreesErrorShape() {
        List<String> wrong = new ArrayList<>();
        int refusals = 0;
        for (Op op : OPERATIONS) {
            JsonObject responses = operation(op.method(), op.path()).getJsonObject("responses");
            for (String status : responses.keySet()) {
                if (!status.startsWith("4")) {
                    continue;
                }
                refusals++;
                if (status.equals("416")) {
                    // a range past the end answers no body, only Content-Range (as HTTP has it)
                    assertFalse(resolve(responses.get(status)).asJsonObject().containsKey("content"), op + " 416");
                    continue;
                }
                String fields = status.equals("429") && op.path().contains("/otp")
                        ? "error message retry_after"
                        : "error.code error.message error.details.field_errors error.request_id error.timestamp";
                check(op + " " + status, jsonContent(resolve(responses.get(status))), fields, wrong);
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
        // the refusals the clinic's operations document today: they must not silently vanish
        assertTrue(refusals >= 40, "only " + refusals + " refusals documented");
        JsonObject book = operation("post", "/api/v1/patients/encounters/book").getJsonObject("responses");
        assertTrue(book.keySet().containsAll(List.of("400", "403", "404", "409")), book::toString);
    }

    /** The answers that are no JSON name their media types: the file's own for a download (206 for a range), PNG for a QR code. */
    @Test
    void fileAnswersNameTheirTypes() {
        JsonObject download = operation("get", "/api/v1/patients/medical-files/{id}/download").getJsonObject("responses");
        for (String status : List.of("200", "206")) {
            JsonObject content = resolve(download.get(status)).asJsonObject().getJsonObject("content");
            assertNotNull(content, () -> "download " + status + ": " + download);
            assertEquals(Set.of("application/pdf", "image/jpeg", "image/png", "application/dicom"), content.keySet(), "download " + status);
        }
        assertTrue(resolve(download.get("206")).asJsonObject().getJsonObject("headers").containsKey("Content-Range"));
        JsonObject qr = resolve(operation("get", "/api/v1/qr/access/{code}").getJsonObject("responses").get("200")).asJsonObject();
        assertEquals(Set.of("image/png"), qr.getJsonObject("content").keySet());
        JsonObject approve = operation("post", "/api/v1/patients/access-grants/approve").getJsonObject("responses");
        assertTrue(approve.containsKey("429"), approve::toString);
    }

    /** Doc 003's enums and required fields come through, not just the names. */
    @Test
    void schemasCarryTheDocumentsEnumsAndRequiredFields() {
        JsonObject booking = resolve(jsonContent(resolve(operation("post", "/api/v1/patients/encounters/book").get("requestBody")))).asJsonObject();
        assertEquals(Set.of("doctor_id", "scheduled_at", "visit_type", "chief_complaint"), strings(booking.getJsonArray("required")));
        JsonObject visitType = resolve(booking.getJsonObject("properties").get("visit_type")).asJsonObject();
        assertEquals(List.of("online", "in_person"), List.copyOf(strings(visitType.getJsonArray("enum"))));
        JsonObject otp = resolve(jsonContent(resolve(operation("post", "/api/v1/auth/login/otp").get("requestBody")))).asJsonObject();
        assertEquals(List.of("sms", "whatsapp", "call"), List.copyOf(strings(otp.getJsonObject("properties").getJsonObject("channel").getJsonArray("enum"))));
        assertEquals("+989121234567", otp.getJsonObject("properties").getJsonObject("phone_number").getString("example"));

        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        JsonObject upload = schemas.getJsonObject("MedicalFileUploadForm");
        assertEquals(List.of("lab_result", "imaging", "prescription", "other"),
                List.copyOf(strings(upload.getJsonObject("properties").getJsonObject("file_type").getJsonArray("enum"))));
        assertEquals("binary", upload.getJsonObject("properties").getJsonObject("file").getString("format"));
        assertEquals(List.of("view_history", "view_reports", "add_notes"),
                List.copyOf(strings(schemas.getJsonObject("AccessPermission").getJsonArray("enum"))));
        // the schemas waiting for the endpoints being added in parallel
        List<String> wrong = new ArrayList<>();
        check("MedicalFile", schemas.get("MedicalFile"), "id title file_type file_url file_size mime_type uploaded_at is_analyzed ai_analysis", wrong);
        check("MedicalFileUploadForm", upload, "file file_type title description encounter_id", wrong);
        check("AccessGrantRequest", schemas.get("AccessGrantRequest"), "patient_phone access_duration_hours permissions reason", wrong);
        check("AccessGrant", schemas.get("AccessGrant"), "access_code patient.id patient.name patient.phone_number permissions expires_at qr_code_url", wrong);
        check("PatientNoteRequest", schemas.get("PatientNoteRequest"), "encounter_id note_type content is_private tags", wrong);
        check("PatientNote", schemas.get("PatientNote"), "id note_type content created_at created_by.name encounter.date is_private tags", wrong);
        check("DoctorDashboard", schemas.get("DoctorDashboard"), "today_stats.total_appointments today_stats.revenue week_stats.average_rating"
                + " upcoming_appointments.patient.medical_record_number upcoming_appointments.visit_type notifications.is_read", wrong);
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    private static JsonObject operation(String method, String path) {
        JsonObject item = document.getJsonObject("paths").getJsonObject(path);
        return item == null ? null : item.getJsonObject(method);
    }

    /** Records each of {@code fields} (space-separated, dotted inside objects and arrays) that {@code schema} lacks. */
    private static void check(String what, JsonValue schema, String fields, List<String> wrong) {
        if (schema == null) {
            wrong.add(what + ": no JSON schema");
            return;
        }
        for (String field : fields.split(" ")) {
            JsonValue at = schema;
            for (String name : field.split("\\.")) {
                at = at == null ? null : properties(at).get(name);
            }
            if (at == null) {
                wrong.add(what + ": no " + field + " in " + properties(schema).keySet());
            }
        }
    }

    /**
     * The properties of an object schema, following {@code $ref}, {@code allOf} and an array's
     * {@code items}; empty for a schema that is no object.
     */
    private static JsonObject properties(JsonValue schema) {
        JsonObject s = resolve(schema).asJsonObject();
        if ("array".equals(s.getString("type", "")) && s.containsKey("items")) {
            return properties(s.get("items"));
        }
        var merged = jakarta.json.Json.createObjectBuilder();
        if (s.containsKey("allOf")) {
            s.getJsonArray("allOf").forEach(part -> properties(part).forEach(merged::add));
        }
        if (s.containsKey("properties")) {
            assertEquals("object", s.getString("type", "object"), () -> "properties on a non-object schema: " + s);
            s.getJsonObject("properties").forEach(merged::add);
        }
        return merged.build();
    }

    /** A request body's or response's JSON (or form) schema, null when it has none. */
    private static JsonValue jsonContent(JsonValue bodyOrResponse) {
        JsonObject content = bodyOrResponse.asJsonObject().getJsonObject("content");
        if (content == null) {
            return null;
        }
        for (String type : List.of("application/json", "multipart/form-data")) {
            if (content.containsKey(type) && content.getJsonObject(type).containsKey("schema")) {
                return content.getJsonObject(type).get("schema");
            }
        }
        return null;
    }

    /** Follows {@code $ref}s ("#/components/responses/Name") to what they name. */
    private static JsonValue resolve(JsonValue value) {
        JsonValue at = value;
        for (int hops = 0; at.getValueType() == JsonValue.ValueType.OBJECT && at.asJsonObject().containsKey("$ref"); hops++) {
            assertTrue(hops < 10, "a $ref loop at " + value);
            String ref = at.asJsonObject().getString("$ref");
            assertTrue(ref.startsWith("#/"), ref);
            JsonValue target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.asJsonObject().get(part);
                assertNotNull(target, () -> ref + " names nothing in the document");
            }
            at = target;
        }
        return at;
    }

    private static Set<String> strings(JsonArray array) {
        assertNotNull(array);
        Set<String> values = new LinkedHashSet<>();
        array.forEach(v -> values.add(((JsonString) v).getString()));
        assertFalse(values.isEmpty());
        return values;
    }

    private static Op op(String route, String request, String success, String answer) {
        String[] parts = route.split(" ");
        if (parts.length != 2 || parts[1].endsWith("/")) {
            fail("a route is \"method /path\" without the trailing slash: " + route);
        }
        return new Op(parts[0], parts[1], request, success, answer);
    }

    private record Op(String method, String path, String request, String success, String answer) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Doc 003's patient profile. */
    private static final class PatientFields {
        static final String EDITABLE = "first_name last_name national_id date_of_birth gender email address.province address.city"
                + " address.postal_code address.address emergency_contact.name emergency_contact.relationship emergency_contact.phone_number"
                + " medical_info.blood_type medical_info.height medical_info.weight medical_info.allergies medical_info.chronic_diseases"
                + " medical_info.current_medications insurance.provider insurance.number insurance.expiry_date";
        static final String ALL = "id phone_number " + EDITABLE;
    }

    /** Doc 003's medical file as uploaded, and as listed (with description and encounter_id). */
    private static final class MedicalFileFields {
        static final String UPLOADED = "id title file_type file_url file_size mime_type uploaded_at is_analyzed ai_analysis";
        static final String LISTED = UPLOADED + " description encounter_id";
        static final String LISTED_RESULTS = ("results." + LISTED).replace(" ", " results.");
    }

    /** One of the patient's grants (GrantJson.listed). */
    private static final class GrantFields {
        static final String LISTED = "id doctor.id doctor.name permissions reason status expires_at created_at approved_at revoked_at";
        static final String LISTED_RESULTS = ("results." + LISTED).replace(" ", " results.");
    }

    /** Doc 003's note (NoteJson). */
    private static final class NoteFields {
        static final String NOTE = "id note_type content created_at created_by.id created_by.name encounter.id encounter.date is_private tags";
        static final String RESULTS = ("results." + NOTE).replace(" ", " results.");
    }

    /** Doc 003's doctor: the search result with the names (the profile) and the settings body. */
    private static final class DoctorFields {
        static final String PROFILE = "id name specialty.id specialty.title medical_council_number experience_years rating.average"
                + " rating.count consultation_fee online_consultation_fee profile_image location.province availability.online"
                + " languages accepted_insurances first_name last_name gender";
        static final String EDITABLE = "first_name last_name gender specialty.id specialty.title medical_council_number experience_years"
                + " location.city languages accepted_insurances consultation_fee online_consultation_fee";
        static final String SETTINGS = "consultation_settings.online_consultation_enabled consultation_settings.online_consultation_fee"
                + " consultation_settings.in_person_consultation_fee consultation_settings.consultation_duration consultation_settings.buffer_time"
                + " availability.working_days availability.working_hours.start availability.working_hours.end availability.break_times.start"
                + " notification_preferences.appointment_reminders notification_preferences.payment_notifications accepted_insurances";
    }
}
