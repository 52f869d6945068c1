package navaa.system;

import jakarta.json.Json;
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

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static navaa.system.Checks.chatError;
import static navaa.system.Checks.clinicError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Doc 003's doctors end to end: an admin creates two doctors with profiles (doc 004's
 * admin API), a doctor sends doc 003's settings body unchanged (and a wrong one, refused in
 * Persian and English), and a patient searches with each documented filter, sort and page,
 * every documented field checked and {@code next_available} worked out from the settings.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DoctorsIT {

    private static final String PASSWORD = "doctors-it-pw";
    private static final Set<String> CARD_FIELDS = Set.of("id", "name", "specialty", "medical_council_number", "experience_years",
            "rating", "consultation_fee", "online_consultation_fee", "profile_image", "location", "availability", "languages",
            "accepted_insurances");
    /** Doc 003's PUT /api/v1/doctors/settings/ body, word for word. */
    private static final String SETTINGS = """
            {
              "consultation_settings": {
                "online_consultation_enabled": true,
                "online_consultation_fee": 600000,
                "in_person_consultation_fee": 800000,
                "consultation_duration": 20,
                "buffer_time": 10
              },
              "availability": {
                "working_days": ["saturday", "sunday", "monday", "tuesday", "wednesday"],
                "working_hours": {
                  "start": "09:00",
                  "end": "17:00"
                },
                "break_times": [
                  {
                    "start": "12:00",
                    "end": "13:00"
                  }
                ]
              },
              "notification_preferences": {
                "appointment_reminders": true,
                "new_appointments": true,
                "cancellations": true,
                "payment_notifications": true
              },
              "accepted_insurances": [
                "تامین اجتماعی",
                "ایران",
                "آسیا"
              ]
            }""";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @TempDir
    static Path folder;

    /** A username with role {@code role} and a client holding its Bearer access token. */
    private static Http bearer(Http admin, String role, String first, String last, String[] username) {
        username[0] = Accounts.createUser(admin, PASSWORD, "\"role\":\"" + role + "\",\"firstName\":\"" + first + "\",\"lastName\":\"" + last + "\"");
        Http.Reply token = new Http().postJson("/api/v1/auth/token/", "{\"username\":\"" + username[0] + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, token.status(), token::toString);
        assertEquals(role, token.json().getJsonObject("user").getString("role"));
        return new Http().with("Authorization", "Bearer " + token.json().getString("access")).with("Accept-Language", "fa");
    }

    private static String profile(String specialty, String council, int years, String city, String gender, long fee, String insurer) {
        return Json.createObjectBuilder()
                .add("specialty", Json.createObjectBuilder().add("id", specialty).add("title", "متخصص قلب و عروق"))
                .add("medical_council_number", council).add("experience_years", years).add("gender", gender)
                .add("location", Json.createObjectBuilder().add("province", "تهران").add("city", city).add("address", "میدان ونک"))
                .add("languages", Json.createArrayBuilder().add("فارسی").add("انگلیسی"))
                .add("accepted_insurances", Json.createArrayBuilder().add(insurer))
                .add("consultation_fee", fee).add("online_consultation_fee", fee - 200000)
                .build().toString();
    }

    @Test
    void adminCreatesDoctorsTheyActAndPatientsFindThem() throws IOException {
        Http admin = Accounts.admin();
        String specialty = "cardio-" + UUID.randomUUID().toString().substring(0, 8);
        String[] maryam = new String[1];
        String[] sara = new String[1];
        String[] ali = new String[1];
        Http doctor = bearer(admin, "doctor", "مریم", "رضایی", maryam);
        Http otherDoctor = bearer(admin, "doctor", "سارا", "احمدی", sara);
        Http patient = bearer(admin, "patient", "علی", "محمدی", ali);

        // the admin fills in both profiles and Maryam's photo
        Http.Reply first = admin.putJson("/api/admin/doctors/" + maryam[0] + "/profile",
                profile(specialty, "12345", 15, "تهران", "female", 800000, "ایران"));
        assertEquals(200, first.status(), first::toString);
        assertEquals(15, first.json().getInt("experience_years"));
        Http.Reply second = admin.putJson("/api/admin/doctors/" + sara[0] + "/profile",
                profile(specialty, "67890", 5, "شیراز", "female", 300000, "تامین اجتماعی"));
        assertEquals(200, second.status(), second::toString);
        String maryamId = first.json().getString("id");
        String saraId = second.json().getString("id");
        byte[] png = Files.readAllBytes(png());
        Http.Reply photo = admin.putMultipart("/api/admin/doctors/" + maryam[0] + "/photo", Map.of(), Map.of("profile_image", png()),
                "Origin", Http.BASE);
        assertEquals(200, photo.status(), photo::toString);
        String imageUrl = photo.json().getString("profile_image");
        assertTrue(imageUrl.startsWith("http") && imageUrl.endsWith("/"), imageUrl);

        // Maryam sends doc 003's settings; they are answered and read back as sent
        Http.Reply settings = doctor.putJson("/api/v1/doctors/settings/", SETTINGS);
        assertEquals(200, settings.status(), settings::toString);
        JsonObject sent = Json.createReader(new java.io.StringReader(SETTINGS)).readObject();
        assertEquals(sent, settings.json());
        assertEquals(sent, doctor.get("/api/v1/doctors/settings/").json());
        // and edits her own profile
        Http.Reply own = doctor.putJson("/api/v1/doctors/profile/", "{\"experience_years\": 16}");
        assertEquals(200, own.status(), own::toString);
        assertEquals(16, own.json().getInt("experience_years"));
        assertEquals("مریم", own.json().getString("first_name"));

        // a patient searches: every documented field of both doctors
        Instant before = Instant.now();
        Http.Reply found = patient.get("/api/v1/patients/doctors/search/?specialty=" + specialty);
        Instant after = Instant.now();
        assertEquals(200, found.status(), found::toString);
        JsonObject page = found.json();
        assertEquals(Set.of("count", "next", "previous", "results"), page.keySet());
        assertEquals(2, page.getInt("count"));
        assertEquals(JsonValue.NULL, page.get("next"));
        assertEquals(JsonValue.NULL, page.get("previous"));
        JsonObject m = page.getJsonArray("results").getJsonObject(0);
        assertEquals(CARD_FIELDS, m.keySet());
        assertEquals(UUID.fromString(m.getString("id")).toString(), m.getString("id"));
        assertEquals("دکتر مریم رضایی", m.getString("name"));
        assertEquals(Json.createObjectBuilder().add("id", specialty).add("title", "متخصص قلب و عروق").build(), m.getJsonObject("specialty"));
        assertEquals("12345", m.getString("medical_council_number"));
        assertEquals(16, m.getInt("experience_years"));
        assertEquals(Json.createObjectBuilder().add("average", 0.0).add("count", 0).build(), m.getJsonObject("rating"));
        assertEquals(800000, m.getJsonNumber("consultation_fee").longValue(), "the settings' in-person fee");
        assertEquals(600000, m.getJsonNumber("online_consultation_fee").longValue());
        assertEquals(imageUrl, m.getString("profile_image"));
        assertEquals(Json.createObjectBuilder().add("province", "تهران").add("city", "تهران").add("address", "میدان ونک").build(),
                m.getJsonObject("location"));
        JsonObject availability = m.getJsonObject("availability");
        assertEquals(JsonValue.TRUE, availability.get("online"));
        assertEquals(JsonValue.TRUE, availability.get("in_person"));
        String next = availability.getString("next_available");
        assertTrue(List.of(DoctorSlotsExpected.firstFree(before).toString(), DoctorSlotsExpected.firstFree(after).toString()).contains(next),
                () -> next + " is not the first free visit after " + before);
        assertEquals(Json.createArrayBuilder().add("فارسی").add("انگلیسی").build(), m.getJsonArray("languages"));
        assertEquals(Json.createArrayBuilder().add("تامین اجتماعی").add("ایران").add("آسیا").build(), m.getJsonArray("accepted_insurances"),
                "the settings' insurers replaced the profile's");
        JsonObject s = page.getJsonArray("results").getJsonObject(1);
        assertEquals("دکتر سارا احمدی", s.getString("name"));
        assertEquals(JsonValue.NULL, s.get("profile_image"));
        assertEquals(Json.createObjectBuilder().add("online", false).add("in_person", false).add("next_available", JsonValue.NULL).build(),
                s.getJsonObject("availability"), "no settings yet: no visit to offer");

        // the photo, to signed-in users only
        HttpResponse<byte[]> image = patient.download(imageUrl.substring(imageUrl.indexOf("/api/")));
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertArrayEquals(png, image.body());
        assertEquals(401, new Http().download(imageUrl.substring(imageUrl.indexOf("/api/"))).statusCode());

        String search = "/api/v1/patients/doctors/search/?specialty=" + specialty;
        assertEquals(List.of(maryamId, saraId), ids(patient, search + "&sort_by=experience"));
        assertEquals(List.of(saraId, maryamId), ids(patient, search + "&sort_by=price"));
        assertEquals(List.of(maryamId, saraId), ids(patient, search + "&sort_by=rating"), "no ratings: the doctors' order");
        assertEquals(List.of(saraId), ids(patient, search + "&city=" + enc("شیراز")));
        assertEquals(List.of(maryamId, saraId), ids(patient, search + "&gender=female"));
        assertEquals(List.of(), ids(patient, search + "&gender=male"));
        assertEquals(List.of(maryamId), ids(patient, search + "&online_available=true"));
        assertEquals(List.of(saraId), ids(patient, search + "&online_available=false"));
        assertEquals(List.of(maryamId, saraId), ids(patient, search + "&insurance_accepted=" + enc("تامین اجتماعی")));
        assertEquals(List.of(maryamId), ids(patient, search + "&insurance_accepted=" + enc("آسیا")));
        assertEquals(List.of(saraId), ids(patient, search + "&q=" + enc("سارا احمدی")));
        assertEquals(List.of(), ids(patient, search + "&min_rating=1"), "unrated doctors have no rating to meet");

        // pages: DRF's links, absolute, keeping the other parameters
        JsonObject one = patient.get(search + "&sort_by=price&page_size=1").json();
        assertEquals(2, one.getInt("count"));
        assertEquals(JsonValue.NULL, one.get("previous"));
        String nextLink = one.getString("next");
        assertTrue(nextLink.startsWith("http") && nextLink.contains("page=2") && nextLink.contains("sort_by=price")
                && nextLink.contains("specialty=" + specialty), nextLink);
        JsonObject two = patient.get(nextLink.substring(nextLink.indexOf("/api/"))).json();
        assertEquals(maryamId, two.getJsonArray("results").getJsonObject(0).getString("id"));
        assertEquals(JsonValue.NULL, two.get("next"));
        assertTrue(!two.getString("previous").contains("page=") && two.getString("previous").contains("page_size=1"), two::toString);
        clinicError(patient.get(search + "&page=3&page_size=1"), 404, "NOT_FOUND");
    }

    @Test
    void wrongSettingsAreRefusedFieldByFieldInPersianAndEnglish() {
        Http admin = Accounts.admin();
        Http doctor = bearer(admin, "doctor", "رضا", "کریمی", new String[1]);
        String wrong = SETTINGS.replace("\"saturday\"", "\"someday\"").replace("\"17:00\"", "\"08:00\"")
                .replace("\"buffer_time\": 10", "\"buffer_time\": -5");
        JsonObject fa = clinicError(doctor.putJson("/api/v1/doctors/settings/", wrong), 400, "VALIDATION_ERROR");
        assertEquals("اطلاعات ارسالی معتبر نیست", fa.getString("message"));
        JsonObject fields = fa.getJsonObject("details").getJsonObject("field_errors");
        assertEquals(Set.of("availability.working_days", "availability.working_hours.end", "consultation_settings.buffer_time"),
                fields.keySet(), fields::toString);
        assertEquals("پایان باید بعد از شروع باشد", fields.getJsonArray("availability.working_hours.end").getString(0));
        JsonObject en = clinicError(doctor.putJson("/api/v1/doctors/settings/", wrong, "Accept-Language", "en"), 400, "VALIDATION_ERROR");
        assertEquals("The submitted data is not valid.", en.getString("message"));
        assertEquals("The end must be after the start.", en.getJsonObject("details").getJsonObject("field_errors")
                .getJsonArray("availability.working_hours.end").getString(0));
        assertTrue(en.getJsonObject("details").getJsonObject("field_errors").getJsonArray("availability.working_days").getString(0)
                .startsWith("Each day must be one of: saturday"));
        // nothing of the wrong body was kept
        assertEquals(JsonValue.NULL, doctor.get("/api/v1/doctors/settings/").json().getJsonObject("availability")
                .getJsonObject("working_hours").get("start"));
    }

    @Test
    void aNewDoctorsFirstEditsAtOnceAllSucceed() throws Exception {
        Http doctor = bearer(Accounts.admin(), "doctor", "بهرام", "راد", new String[1]);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Http.Reply>> edits = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String body = i % 2 == 0 ? SETTINGS : "{\"experience_years\": 7}";
                String path = i % 2 == 0 ? "/api/v1/doctors/settings/" : "/api/v1/doctors/profile/";
                edits.add(pool.submit(() -> doctor.putJson(path, body)));
            }
            for (var edit : edits) {
                Http.Reply reply = edit.get();
                assertEquals(200, reply.status(), reply::toString);
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(7, doctor.get("/api/v1/doctors/profile/").json().getInt("experience_years"));
        assertEquals(Json.createReader(new java.io.StringReader(SETTINGS)).readObject(), doctor.get("/api/v1/doctors/settings/").json());
    }

    @Test
    void onlyDoctorsHaveSettingsAndOnlyAdminsEditOthers() throws IOException {
        Http admin = Accounts.admin();
        String[] patientName = new String[1];
        String[] doctorName = new String[1];
        Http patient = bearer(admin, "patient", "علی", "محمدی", patientName);
        Http doctor = bearer(admin, "doctor", "نرگس", "صادقی", doctorName);
        clinicError(patient.putJson("/api/v1/doctors/settings/", SETTINGS), 403, "FORBIDDEN");
        clinicError(patient.get("/api/v1/doctors/profile/"), 403, "FORBIDDEN");
        clinicError(new Http().get("/api/v1/patients/doctors/search/"), 401, "UNAUTHORIZED");
        chatError(admin.putJson("/api/admin/doctors/" + patientName[0] + "/profile", "{}"), 404, "DOCTOR_NOT_FOUND", null);
        chatError(Accounts.jsonLogin(doctorName[0], PASSWORD).putJson("/api/admin/doctors/" + doctorName[0] + "/profile", "{}"),
                403, "FORBIDDEN", null);
        // a photo is a PNG or JPEG by content, and small
        Path text = Files.writeString(folder.resolve("photo.png"), "not an image");
        clinicError(doctor.putMultipart("/api/v1/doctors/profile/photo/", Map.of(), Map.of("profile_image", text)), 415, "UNSUPPORTED_FORMAT");
        Path big = folder.resolve("big.jpg");
        byte[] bytes = new byte[3 * 1024 * 1024];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        Files.write(big, bytes);
        clinicError(doctor.putMultipart("/api/v1/doctors/profile/photo/", Map.of(), Map.of("profile_image", big)), 413, "FILE_TOO_LARGE");
        Http.Reply jpeg = doctor.putMultipart("/api/v1/doctors/profile/photo/", Map.of(), Map.of("profile_image", Files.write(big, new byte[]{
                (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10})));
        assertEquals(200, jpeg.status(), jpeg::toString);
        String url = jpeg.json().getString("profile_image");
        assertEquals("image/jpeg", patient.download(url.substring(url.indexOf("/api/"))).headers().firstValue("Content-Type").orElse("")
                .split(";")[0]);
        // wrong search parameters name themselves
        JsonObject error = clinicError(patient.get("/api/v1/patients/doctors/search/?sort_by=name&min_rating=9"), 400, "VALIDATION_ERROR");
        assertEquals(Set.of("sort_by", "min_rating"), error.getJsonObject("details").getJsonObject("field_errors").keySet());
    }

    @Test
    void ratingsOfCompletedVisitsAreAveragedCountedFilteredAndSorted() throws IOException, InterruptedException {
        Http admin = Accounts.admin();
        String specialty = "rated-" + UUID.randomUUID().toString().substring(0, 8);
        String[] first = new String[1];
        String[] second = new String[1];
        bearer(admin, "doctor", "کامران", "نوری", first);
        bearer(admin, "doctor", "لیلا", "امینی", second);
        Http patient = bearer(admin, "patient", "علی", "محمدی", new String[1]);
        String firstId = admin.putJson("/api/admin/doctors/" + first[0] + "/profile", profile(specialty, "111", 3, "تهران", "male", 500000, "ایران"))
                .json().getString("id");
        String secondId = admin.putJson("/api/admin/doctors/" + second[0] + "/profile", profile(specialty, "222", 9, "تهران", "female", 700000, "ایران"))
                .json().getString("id");
        // what booking writes when patients rate completed visits: the first doctor 3, the second 5 and 4
        sql("INSERT INTO doctor_ratings (doctor_account_id, score, created_at) SELECT id, 3, NOW(3) FROM accounts WHERE username_key = '"
                + first[0].toLowerCase() + "'");
        for (int score : new int[]{5, 4}) {
            sql("INSERT INTO doctor_ratings (doctor_account_id, score, created_at) SELECT id, " + score
                    + ", NOW(3) FROM accounts WHERE username_key = '" + second[0].toLowerCase() + "'");
        }
        String search = "/api/v1/patients/doctors/search/?specialty=" + specialty;
        JsonArray results = patient.get(search).json().getJsonArray("results");
        assertEquals(Json.createObjectBuilder().add("average", 3.0).add("count", 1).build(), results.getJsonObject(0).getJsonObject("rating"));
        assertEquals(Json.createObjectBuilder().add("average", 4.5).add("count", 2).build(), results.getJsonObject(1).getJsonObject("rating"));
        assertEquals(List.of(firstId, secondId), ids(patient, search));
        assertEquals(List.of(secondId, firstId), ids(patient, search + "&sort_by=rating"));
        assertEquals(List.of(secondId), ids(patient, search + "&min_rating=4"));
        assertEquals(List.of(secondId), ids(patient, search + "&min_rating=4.5"));
        assertEquals(List.of(firstId, secondId), ids(patient, search + "&min_rating=3"));
        assertEquals(4.5, admin.get("/api/admin/doctors/" + second[0] + "/profile").json().getJsonObject("rating")
                .getJsonNumber("average").doubleValue());
    }

    /** A row written straight into the database, as booking will write it. */
    private static void sql(String statement) throws IOException, InterruptedException {
        Process mariadb = new ProcessBuilder(List.of("mariadb", "-h", "127.0.0.1", "-u", "root",
                System.getProperty("navaa.it.database", "navaa_it"), "-e", statement)).redirectErrorStream(true).start();
        String output = new String(mariadb.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, mariadb.waitFor(), () -> statement + ": " + output);
    }

    @Test
    void openApiListsEveryDoctorOperationWithItsSummary() {
        JsonObject paths = new Http().get("/api/schema/", "Accept", "application/json").json().getJsonObject("paths");
        for (String route : List.of("get /api/v1/patients/doctors/search", "put /api/v1/doctors/settings", "get /api/v1/doctors/settings",
                "get /api/v1/doctors/profile", "put /api/v1/doctors/profile", "put /api/v1/doctors/profile/photo",
                "get /api/v1/doctors/photos/{id}", "get /api/admin/doctors/{username}/profile", "put /api/admin/doctors/{username}/profile",
                "put /api/admin/doctors/{username}/photo")) {
            String[] parts = route.split(" ");
            JsonObject item = paths.getJsonObject(parts[1]);
            assertTrue(item != null && item.getJsonObject(parts[0]) != null, () -> route + " missing from /openapi: " + paths.keySet());
            assertTrue(!item.getJsonObject(parts[0]).getString("summary", "").isBlank(), route + " has no summary");
        }
        JsonArray parameters = paths.getJsonObject("/api/v1/patients/doctors/search").getJsonObject("get").getJsonArray("parameters");
        assertEquals(Set.of("q", "specialty", "city", "gender", "online_available", "insurance_accepted", "min_rating", "sort_by", "page",
                "page_size"), parameters.stream().map(p -> p.asJsonObject().getString("name")).collect(java.util.stream.Collectors.toSet()));
    }

    /** The ids of the search's results, in order; the page holds them all. */
    private static List<String> ids(Http patient, String path) {
        Http.Reply reply = patient.get(path);
        assertEquals(200, reply.status(), reply::toString);
        JsonArray results = reply.json().getJsonArray("results");
        assertEquals(results.size(), reply.json().getInt("count"), reply::toString);
        return results.stream().map(r -> r.asJsonObject().getString("id")).toList();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A one-pixel PNG. */
    private static Path png() throws IOException {
        Path file = folder.resolve("doctor.png");
        if (!Files.exists(file)) {
            Files.write(file, java.util.Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        }
        return file;
    }
}
