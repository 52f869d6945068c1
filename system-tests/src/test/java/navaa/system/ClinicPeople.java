package navaa.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Doctors and patients for the clinic's tests: accounts the admin API makes, signed in through doc 003's token endpoint. */
final class ClinicPeople {

    static final String PASSWORD = "clinic-people-it-pw";

    private ClinicPeople() {
    }

    /** Someone signed in: their username and access token. */
    record Person(String username, String token) {

        /** Requests as this person, in this language. */
        Http as(String language) {
            return new Http().with("Authorization", "Bearer " + token).with("Accept-Language", language);
        }

        /** The account's id as doc 003 shows it (a patient's profile id; a doctor's id in the search). */
        String patientId() {
            Http.Reply profile = as("en").get("/api/v1/patients/profile/");
            assertEquals(200, profile.status(), profile::toString);
            return profile.json().getString("id");
        }
    }

    static Person create(Http admin, String role, String first, String last) {
        String username = Accounts.createUser(admin, PASSWORD, "\"role\":\"" + role + "\",\"firstName\":\"" + first
                + "\",\"lastName\":\"" + last + "\"");
        Http.Reply token = new Http().postJson("/api/v1/auth/token/", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, token.status(), token::toString);
        return new Person(username, token.json().getString("access"));
    }

    /** A doctor of this specialty with these settings (doc 003's settings body); answers the doctor's id. */
    static String practise(Http admin, Person doctor, String specialty, String settings) {
        Http.Reply profile = admin.putJson("/api/admin/doctors/" + doctor.username() + "/profile",
                "{\"specialty\": {\"id\": \"" + specialty + "\", \"title\": \"متخصص قلب\"}}");
        assertEquals(200, profile.status(), profile::toString);
        Http.Reply saved = doctor.as("fa").putJson("/api/v1/doctors/settings/", settings);
        assertEquals(200, saved.status(), saved::toString);
        return profile.json().getString("id");
    }
}
