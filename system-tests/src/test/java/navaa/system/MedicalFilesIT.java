package navaa.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static navaa.system.Checks.clinicError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Doc 003's medical files end to end: a patient signed in by OTP uploads a PDF, a PNG, a JPEG
 * and a DICOM file with the documented form, each told by its content (a text file named .pdf
 * is 415), up to the 20 MB limit (past it 413, in doc 003's error shape, fa and en); lists,
 * reads and downloads them (whole and by range). Another patient and a doctor with neither a
 * grant nor an encounter get 404, and the doctor's refusals are in the patient's access log;
 * the doctor of the encounter a file is attached to reads it and lists the encounter's files,
 * on record with the encounter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MedicalFilesIT {

    private static final String PASSWORD = "medical-files-it-pw";
    private static final String FILES = "/api/v1/patients/medical-files/";
    private static final long MB = 1024 * 1024;
    private static final Set<String> UPLOADED_FIELDS = Set.of("id", "title", "file_type", "file_url", "file_size", "mime_type",
            "uploaded_at", "is_analyzed", "ai_analysis");
    private static final String SETTINGS = """
            {
              "consultation_settings": {"online_consultation_enabled": true, "online_consultation_fee": 600000,
                "in_person_consultation_fee": 800000, "consultation_duration": 20, "buffer_time": 10},
              "availability": {"working_days": ["saturday", "sunday", "monday", "tuesday", "wednesday"],
                "working_hours": {"start": "09:00", "end": "17:00"}, "break_times": [{"start": "12:00", "end": "13:00"}]},
              "accepted_insurances": ["تامین اجتماعی"]
            }""";

    /** The test domain's data folder (system-tests/pom.xml), where the server keeps the files. */
    private static final Path STORED = Path.of(System.getProperty("navaa.it.dataDir", "target/it-data")).resolve("media/medical");

    @TempDir
    static Path folder;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    /** A new patient signed in by doc 003's OTP, answering in the language. */
    private record Patient(String id, String access) {

        Http client(String language) {
            return new Http().with("Authorization", "Bearer " + access).with("Accept-Language", language);
        }
    }

    private static Patient patientByOtp(Http admin) {
        String local = ClinicOtp.newLocalNumber();
        Http app = new Http();
        Http.Reply sent = ClinicOtp.request(app, local, "sms", "fa");
        assertEquals(200, sent.status(), sent::toString);
        Http.Reply signedIn = ClinicOtp.verify(app, ClinicOtp.e164(local), ClinicOtp.code(ClinicOtp.newestMessage(admin, local)), "fa");
        assertEquals(200, signedIn.status(), signedIn::toString);
        return new Patient(signedIn.json().getJsonObject("user").getString("id"), signedIn.json().getString("access"));
    }

    /** A doctor's account (made by the admin) and a client signed in as it, answering in Persian. */
    private record Doctor(String username, Http client) {
    }

    private static Doctor doctor(Http admin, String first, String last) {
        String username = Accounts.createUser(admin, PASSWORD, "\"role\":\"doctor\",\"firstName\":\"" + first + "\",\"lastName\":\"" + last + "\"");
        Http.Reply token = new Http().postJson("/api/v1/auth/token/", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, token.status(), token::toString);
        return new Doctor(username, new Http().with("Authorization", "Bearer " + token.json().getString("access")).with("Accept-Language", "fa"));
    }

    /** The patient books the doctor's next free visit; the encounter's id. */
    private static String book(Http patient, String specialty, String doctorId) {
        Http.Reply found = patient.get("/api/v1/patients/doctors/search/?specialty=" + specialty);
        assertEquals(200, found.status(), found::toString);
        String at = found.json().getJsonArray("results").getJsonObject(0).getJsonObject("availability").getString("next_available");
        Http.Reply booked = patient.postJson("/api/v1/patients/encounters/book/", "{\"doctor_id\": \"" + doctorId
                + "\", \"scheduled_at\": \"" + at + "\", \"visit_type\": \"online\", \"chief_complaint\": \"سرفه مداوم\"}");
        assertEquals(201, booked.status(), booked::toString);
        return booked.json().getString("id");
    }

    private static Path file(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    /** A PDF of exactly this many bytes: a header and comment lines. */
    private static byte[] pdf(long size) {
        byte[] content = new byte[(int) size];
        Arrays.fill(content, (byte) ' ');
        byte[] head = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        for (int i = 1024; i < content.length; i += 1024) {
            content[i] = '\n';
            content[i + 1 < content.length ? i + 1 : i] = '%';
        }
        return content;
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage picture = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 32, 24);
        g.setColor(Color.RED);
        g.fillOval(4, 4, 16, 16);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(picture, format, out), format);
        return out.toByteArray();
    }

    /** DICOM Part 10: a 128-byte preamble, DICM, and file meta elements in explicit VR little endian. */
    private static byte[] dicom() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[128]);
        out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        element(out, 0x0002, 0x0002, "UI", "1.2.840.10008.5.1.4.1.1.7\0");
        element(out, 0x0002, 0x0010, "UI", "1.2.840.10008.1.2.1\0");
        element(out, 0x0010, 0x0010, "PN", "Mohammadi^Ali");
        return out.toByteArray();
    }

    private static void element(ByteArrayOutputStream out, int group, int element, String vr, String value) {
        byte[] v = value.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(new byte[]{(byte) group, (byte) (group >> 8), (byte) element, (byte) (element >> 8)});
        out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[]{(byte) v.length, (byte) (v.length >> 8)});
        out.writeBytes(v);
    }

    private static Map<String, String> form(String type, String title, String encounter) {
        Map<String, String> form = new HashMap<>();
        form.put("file_type", type);
        form.put("title", title);
        form.put("description", "توضیحات");
        if (encounter != null) {
            form.put("encounter_id", encounter);
        }
        return form;
    }

    private static JsonObject uploaded(Http patient, Map<String, String> form, Path file, String mime) throws IOException {
        Http.Reply reply = patient.postMultipart(FILES + "upload/", form, Map.of("file", file));
        assertEquals(201, reply.status(), reply::toString);
        JsonObject f = reply.json();
        assertEquals(UPLOADED_FIELDS, f.keySet(), f::toString);
        assertTrue(Checks.UUID.matcher(f.getString("id")).matches(), f::toString);
        assertEquals(form.get("title"), f.getString("title"));
        assertEquals(form.get("file_type"), f.getString("file_type"));
        assertEquals(Http.BASE + FILES + f.getString("id") + "/download/", f.getString("file_url"));
        assertEquals(Files.size(file), f.getJsonNumber("file_size").longValue());
        assertEquals(mime, f.getString("mime_type"));
        assertTrue(f.getString("uploaded_at").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), f::toString);
        assertFalse(f.getBoolean("is_analyzed"));
        assertEquals(JsonValue.NULL, f.get("ai_analysis"));
        return f;
    }

    private static String path(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("results").stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    @Test
    void patientsKeepTheirMedicalFilesAndOnlyTheGateOpensThemToOthers() throws Exception {
        Http admin = Accounts.admin();
        String specialty = "mf-" + UUID.randomUUID().toString().substring(0, 8);
        Doctor maryamsAccount = doctor(admin, "مریم", "رضایی");
        Http maryam = maryamsAccount.client();
        Http.Reply profile = admin.putJson("/api/admin/doctors/" + maryamsAccount.username() + "/profile", "{\"specialty\": {\"id\": \"" + specialty + "\", \"title\": \"متخصص داخلی\"}}");
        assertEquals(200, profile.status(), profile::toString);
        String maryamId = profile.json().getString("id");
        Http.Reply settings = maryam.putJson("/api/v1/doctors/settings/", SETTINGS);
        assertEquals(200, settings.status(), settings::toString);
        Http sara = doctor(admin, "سارا", "کاظمی").client();

        Set<Path> before = stored();
        Patient ali = patientByOtp(admin);
        Patient reza = patientByOtp(admin);
        Http aliFa = ali.client("fa");
        Http aliEn = ali.client("en");
        Http rezaEn = reza.client("en");
        String visit = book(aliFa, specialty, maryamId);
        String rezasVisit = book(rezaEn, specialty, maryamId);

        // the four kinds with doc 003's form fields, each told by its content
        byte[] pdfBytes = pdf();
        JsonObject pdf = uploaded(aliFa, form("lab_result", "آزمایش خون", visit), file("blood-test.pdf", pdfBytes), "application/pdf");
        JsonObject png = uploaded(aliFa, form("imaging", "عکس زخم", null), file("wound.png", image("png")), "image/png");
        JsonObject jpeg = uploaded(aliFa, form("other", "Prescription photo", null), file("photo.jpg", image("jpeg")), "image/jpeg");
        byte[] dicomBytes = dicom();
        JsonObject dcm = uploaded(aliFa, form("imaging", "ام‌آر‌آی زانو", visit), file("knee.dcm", dicomBytes), "application/dicom");
        // exactly the limit is allowed
        JsonObject largest = uploaded(aliFa, form("prescription", "نسخه", null), file("largest.pdf", pdf(20 * MB)), "application/pdf");

        // a text file named .pdf; over the limit by a byte (the part) and by far (the declared length)
        Path renamed = file("report.pdf", "This is only text, whatever its name says.\n".getBytes(StandardCharsets.UTF_8));
        JsonObject unsupported = clinicError(aliEn.postMultipart(FILES + "upload/", form("lab_result", "t", null), Map.of("file", renamed)),
                415, "UNSUPPORTED_FORMAT");
        assertEquals("This file format is not supported.", unsupported.getString("message"));
        assertEquals("فرمت فایل پشتیبانی نمی‌شود",
                clinicError(aliFa.postMultipart(FILES + "upload/", form("lab_result", "t", null), Map.of("file", renamed)), 415,
                        "UNSUPPORTED_FORMAT").getString("message"));
        Path overByOne = file("over.pdf", pdf(20 * MB + 1));
        assertEquals("The file is too large (the limit is 20 MB).", clinicError(aliEn.postMultipart(FILES + "upload/",
                form("lab_result", "t", null), Map.of("file", overByOne)), 413, "FILE_TOO_LARGE").getString("message"));
        Files.delete(overByOne);
        Path farOver = file("far-over.pdf", pdf(22 * MB));
        assertTrue(clinicError(aliFa.postMultipart(FILES + "upload/", form("lab_result", "t", null), Map.of("file", farOver)), 413,
                "FILE_TOO_LARGE").getString("message").startsWith("اندازه فایل بیش از حد مجاز است"));
        // sent in chunks, only the part's size tells
        clinicError(aliEn.postMultipartChunked(FILES + "upload/", form("lab_result", "t", null), Map.of("file", farOver)), 413,
                "FILE_TOO_LARGE");
        Files.delete(farOver);

        // the form's fields: each bad one named; someone else's encounter reads as a missing one
        Map<String, String> bad = form("x-ray", "", null);
        JsonObject invalid = clinicError(aliEn.postMultipart(FILES + "upload/", bad, Map.of("file", renamed)), 400, "VALIDATION_ERROR");
        assertEquals(Set.of("file_type", "title"), invalid.getJsonObject("details").getJsonObject("field_errors").keySet(), invalid::toString);
        Map<String, String> longTitle = form("other", "آ".repeat(201), null);
        assertEquals(Set.of("title"), clinicError(aliFa.postMultipart(FILES + "upload/", longTitle, Map.of("file", renamed)), 400,
                "VALIDATION_ERROR").getJsonObject("details").getJsonObject("field_errors").keySet());
        assertEquals(Set.of("file"), clinicError(aliEn.postMultipart(FILES + "upload/", form("other", "t", null), Map.of()), 400,
                "VALIDATION_ERROR").getJsonObject("details").getJsonObject("field_errors").keySet());
        Path small = file("small.pdf", pdfBytes);
        JsonObject foreign = clinicError(aliFa.postMultipart(FILES + "upload/", form("other", "t", rezasVisit), Map.of("file", small)),
                400, "VALIDATION_ERROR").getJsonObject("details");
        JsonObject missing = clinicError(aliFa.postMultipart(FILES + "upload/", form("other", "t", UUID.randomUUID().toString()),
                Map.of("file", small)), 400, "VALIDATION_ERROR").getJsonObject("details");
        assertEquals(foreign, missing);
        assertEquals(Set.of("encounter_id"), foreign.getJsonObject("field_errors").keySet());
        clinicError(maryam.postMultipart(FILES + "upload/", form("other", "t", null), Map.of("file", small)), 403, "FORBIDDEN");

        // on disk: the five accepted files, owner-only, whole; nothing of the refused ones (the foreign encounter's
        // file was written before its row was refused, and removed again)
        Set<Path> kept = new HashSet<>(stored());
        kept.removeAll(before);
        assertEquals(5, kept.size(), kept::toString);
        for (Path stored : kept) {
            assertFalse(stored.getFileName().toString().endsWith(".part"), stored::toString);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(stored)), stored::toString);
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(STORED)));
        assertTrue(kept.stream().anyMatch(p -> p.getFileName().toString().endsWith(".dcm")), kept::toString);

        // the patient's list: newest first, paged, filtered; nothing of the refused uploads
        List<String> newestFirst = List.of(largest.getString("id"), dcm.getString("id"), jpeg.getString("id"), png.getString("id"),
                pdf.getString("id"));
        Http.Reply all = aliFa.get(FILES + "?page_size=100");
        assertEquals(200, all.status(), all::toString);
        assertEquals(5, all.json().getInt("count"));
        assertEquals(newestFirst, ids(all.json()));
        JsonObject listedPdf = all.json().getJsonArray("results").getJsonObject(4);
        assertEquals(visit, listedPdf.getString("encounter_id"));
        assertEquals("توضیحات", listedPdf.getString("description"));
        JsonObject first = aliFa.get(FILES + "?page_size=2").json();
        assertEquals(newestFirst.subList(0, 2), ids(first));
        assertEquals(JsonValue.NULL, first.get("previous"));
        JsonObject second = aliFa.get(path(first.getString("next"))).json();
        assertEquals(newestFirst.subList(2, 4), ids(second));
        JsonObject third = aliFa.get(path(second.getString("next"))).json();
        assertEquals(newestFirst.subList(4, 5), ids(third));
        assertEquals(JsonValue.NULL, third.get("next"));
        clinicError(aliFa.get(FILES + "?page_size=2&page=4"), 404, "NOT_FOUND");
        assertEquals(List.of(dcm.getString("id"), png.getString("id")), ids(aliFa.get(FILES + "?file_type=imaging").json()));
        assertEquals(List.of(dcm.getString("id"), pdf.getString("id")), ids(aliFa.get(FILES + "?encounter_id=" + visit).json()));
        assertEquals(Set.of("file_type", "encounter_id"), clinicError(aliEn.get(FILES + "?file_type=xray&encounter_id=7"), 400,
                "VALIDATION_ERROR").getJsonObject("details").getJsonObject("field_errors").keySet());
        assertEquals(0, rezaEn.get(FILES).json().getInt("count"));

        // metadata and download, whole and by range
        Http.Reply meta = aliFa.get(FILES + pdf.getString("id") + "/");
        assertEquals(200, meta.status(), meta::toString);
        assertEquals(listedPdf, meta.json());
        HttpResponse<byte[]> whole = aliFa.download(path(pdf.getString("file_url")));
        assertEquals(200, whole.statusCode());
        assertArrayEquals(pdfBytes, whole.body());
        // the container adds its default charset to every type (as DoctorsIT finds for photos)
        assertEquals("application/pdf", whole.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElseThrow());
        HttpResponse<byte[]> part = aliFa.download(path(dcm.getString("file_url")), "Range", "bytes=128-139");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 128-139/" + dicomBytes.length, part.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(dicomBytes, 128, 140), part.body());
        HttpResponse<byte[]> tail = aliFa.download(path(pdf.getString("file_url")), "Range", "bytes=-10");
        assertEquals(206, tail.statusCode());
        assertArrayEquals(Arrays.copyOfRange(pdfBytes, pdfBytes.length - 10, pdfBytes.length), tail.body());
        assertEquals(416, aliFa.download(path(pdf.getString("file_url")), "Range", "bytes=99999-").statusCode());

        // another patient: as if there were no such file or patient
        JsonObject notFound = clinicError(rezaEn.get(FILES + pdf.getString("id") + "/"), 404, "NOT_FOUND");
        assertEquals("Not found.", notFound.getString("message"));
        assertEquals(404, rezaEn.download(path(pdf.getString("file_url"))).statusCode());
        clinicError(rezaEn.get(FILES + UUID.randomUUID() + "/download/"), 404, "NOT_FOUND");
        String alisFiles = "/api/v1/doctors/patients/" + ali.id() + "/medical-files/";
        clinicError(rezaEn.get(alisFiles), 404, "NOT_FOUND");

        // a doctor with no grant and no encounter: 404 in fa, and on the patient's record
        assertEquals("منبع پیدا نشد", clinicError(sara.get(FILES + pdf.getString("id") + "/"), 404, "NOT_FOUND").getString("message"));
        clinicError(sara.get(FILES + pdf.getString("id") + "/download/"), 404, "NOT_FOUND");
        clinicError(sara.get(alisFiles), 404, "NOT_FOUND");
        clinicError(sara.get("/api/v1/doctors/patients/" + UUID.randomUUID() + "/medical-files/"), 404, "NOT_FOUND");

        // the encounter's doctor: the encounter's files, not the others
        Http.Reply seen = maryam.get(FILES + pdf.getString("id") + "/");
        assertEquals(200, seen.status(), seen::toString);
        assertEquals(listedPdf, seen.json());
        HttpResponse<byte[]> fetched = maryam.download(path(dcm.getString("file_url")));
        assertEquals(200, fetched.statusCode());
        assertArrayEquals(dicomBytes, fetched.body());
        clinicError(maryam.get(FILES + png.getString("id") + "/"), 404, "NOT_FOUND");
        Http.Reply listed = maryam.get(alisFiles);
        assertEquals(200, listed.status(), listed::toString);
        assertEquals(2, listed.json().getInt("count"));
        assertEquals(List.of(dcm.getString("id"), pdf.getString("id")), ids(listed.json()));
        assertEquals(List.of(pdf.getString("id")), ids(maryam.get(alisFiles + "?file_type=lab_result").json()));
        clinicError(maryam.get(alisFiles + "?encounter_id=" + rezasVisit), 404, "NOT_FOUND");

        // the patient's access log holds every look by someone else, allowed or refused
        Http.Reply log = aliFa.get("/api/v1/patients/access-log/?page_size=100");
        assertEquals(200, log.status(), log::toString);
        JsonArray entries = log.json().getJsonArray("results");
        String saras = "سارا کاظمی";
        assertLogged(entries, saras, "medical_file.read", pdf.getString("id"), false, null);
        assertLogged(entries, saras, "medical_file.download", pdf.getString("id"), false, null);
        assertLogged(entries, saras, "medical_file.list", null, false, null);
        assertLogged(entries, "مریم رضایی", "medical_file.read", pdf.getString("id"), true, visit);
        assertLogged(entries, "مریم رضایی", "medical_file.download", dcm.getString("id"), true, visit);
        assertLogged(entries, "مریم رضایی", "medical_file.read", png.getString("id"), false, null);
        assertLogged(entries, "مریم رضایی", "medical_file.list", null, true, visit);
        // the list narrowed to someone else's encounter
        assertLogged(entries, "مریم رضایی", "medical_file.list", null, false, null);
        assertTrue(entries.stream().map(JsonValue::asJsonObject).noneMatch(e -> e.getBoolean("allowed")
                && e.getJsonObject("actor").getString("name").equals(saras)), entries::toString);

        // an admin deletes the patient: their files leave the disk with their rows
        Set<Path> alisFilesOnDisk = new HashSet<>(stored());
        alisFilesOnDisk.removeAll(before);
        assertEquals(5, alisFilesOnDisk.size(), alisFilesOnDisk::toString);
        String username = "p" + profilePhone(aliEn).substring(1);
        assertEquals(200, admin.delete("/api/admin/users/" + username).status());
        Set<Path> left = new HashSet<>(stored());
        left.retainAll(alisFilesOnDisk);
        assertEquals(Set.of(), left);
    }

    private static String profilePhone(Http patient) {
        Http.Reply profile = patient.get("/api/v1/patients/profile/");
        assertEquals(200, profile.status(), profile::toString);
        return profile.json().getString("phone_number");
    }

    private static Set<Path> stored() throws IOException {
        if (!Files.isDirectory(STORED)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(STORED)) {
            return files.collect(Collectors.toSet());
        }
    }

    private static void assertLogged(JsonArray entries, String actor, String action, String record, boolean allowed, String encounter) {
        assertTrue(entries.stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getJsonObject("actor").getString("name").equals(actor)
                && e.getString("action").equals(action) && e.getBoolean("allowed") == allowed
                && (record == null ? e.get("record_id") == JsonValue.NULL : record.equals(e.getString("record_id", null)))
                && (encounter == null ? e.get("encounter_id") == JsonValue.NULL : encounter.equals(e.getString("encounter_id", null)))),
                () -> actor + " " + action + " " + record + " allowed=" + allowed + " encounter=" + encounter + " not in " + entries);
    }
}
