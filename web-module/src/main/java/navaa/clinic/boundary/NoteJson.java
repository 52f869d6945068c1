package navaa.clinic.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import navaa.clinic.control.TextLists;
import navaa.clinic.entity.ClinicalNote;
import navaa.platform.control.Messages;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/** Doc 003's note, field by field: the 201 of "ثبت یادداشت برای بیمار" and each item of the note lists. */
final class NoteJson {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private NoteJson() {
    }

    static JsonObject of(ClinicalNotes.Written w, Locale locale) {
        ClinicalNote n = w.note();
        return Json.createObjectBuilder()
                .add("id", n.getUuid())
                .add("note_type", n.getNoteType())
                .add("content", n.getContent())
                .add("created_at", DoctorJson.timestamp(n.getCreatedAt()))
                .add("created_by", w.author() == null ? JsonValue.NULL : Json.createObjectBuilder()
                        .add("id", w.author().getUuid())
                        .add("name", Messages.text("doctor.title", locale, DoctorJson.fullName(w.author()))).build())
                // the visit's day in Tehran, where it took place
                .add("encounter", w.encounter() == null ? JsonValue.NULL : Json.createObjectBuilder()
                        .add("id", w.encounter().getUuid())
                        .add("date", LocalDate.ofInstant(w.encounter().getScheduledAt(), TEHRAN).toString()).build())
                .add("is_private", n.isPrivate())
                .add("tags", TextLists.read(n.getTags()))
                .build();
    }
}
