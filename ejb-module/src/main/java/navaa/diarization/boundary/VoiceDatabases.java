package navaa.diarization.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.diarization.entity.EnrolledSpeaker;
import navaa.diarization.entity.VoiceDatabaseRecord;
import navaa.identity.entity.Account;
import navaa.identity.entity.Caller;
import navaa.models.diarization.Enrolment;
import navaa.models.diarization.VoiceDatabase;
import navaa.models.speaker.SpeakerEmbedder;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;
import navaa.platform.control.Ownership;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Voice databases as their owners see them: created, listed, looked at, deleted, moved
 * between installations as a JSON file, and speakers enrolled from samples (embedded once,
 * here, so a diarization only compares).
 */
@Stateless
public class VoiceDatabases {

    /** Loaded once per server: the network is immutable and shared. */
    private static volatile SpeakerEmbedder embedder;

    @PersistenceContext
    EntityManager em;

    public VoiceDatabaseRecord create(Caller caller, String name) {
        VoiceDatabaseRecord database = new VoiceDatabaseRecord(em.getReference(Account.class, caller.accountId()), requireName(name));
        em.persist(database);
        em.flush();
        return database;
    }

    public List<VoiceDatabaseRecord> of(Caller caller) {
        return em.createNamedQuery(VoiceDatabaseRecord.OF_OWNER, VoiceDatabaseRecord.class)
                .setParameter("owner", caller.accountId()).getResultList();
    }

    /** Every user's databases, newest first, for an admin. */
    public List<VoiceDatabaseRecord> all() {
        return em.createNamedQuery(VoiceDatabaseRecord.ALL, VoiceDatabaseRecord.class).getResultList();
    }

    public VoiceDatabaseRecord find(long id, Caller caller) {
        return Ownership.visible(Optional.ofNullable(em.find(VoiceDatabaseRecord.class, id)), caller.accountId(), caller.isAdmin());
    }

    /** The same rule for a request made on behalf of an account (a JMS request for a file's owner). */
    public VoiceDatabaseRecord find(long id, long ownerId) {
        return Ownership.own(Optional.ofNullable(em.find(VoiceDatabaseRecord.class, id)), ownerId);
    }

    public void delete(long id, Caller caller) {
        em.remove(find(id, caller));
    }

    /**
     * One sample's voice print, made as the sample arrives so the request keeps prints and
     * not audio. No transaction: it only computes.
     *
     * @param audio  16 kHz mono recording of the speaker alone
     * @param number the sample's place in the request, from 1
     * @throws NavaaException 400 naming the sample when it holds too little speech
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public VoiceDatabase.Sample embed(float[] audio, int number) {
        try {
            return new Enrolment(embedder()).sample(audio, number);
        } catch (Enrolment.TooLittleSpeech e) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, Map.of("samples", FieldError.of("field.sampleSpeech",
                    e.sample, String.format(java.util.Locale.ROOT, "%.1f", e.seconds), Enrolment.MIN_SPEECH_SECONDS)));
        }
    }

    /** @param samples the voice prints {@link #embed} made, in the order sent */
    public EnrolledSpeaker enrol(long databaseId, Caller caller, String name, List<VoiceDatabase.Sample> samples) {
        VoiceDatabaseRecord database = find(databaseId, caller);
        EnrolledSpeaker enrolled = database.enrol(new VoiceDatabase.Speaker(requireName(name), samples));
        em.flush();
        return enrolled;
    }

    /** 400 for a missing or too long speaker name; checked before samples are read, so a bad form costs nothing. */
    public void checkName(String name) {
        requireName(name);
    }

    public void removeSpeaker(long databaseId, long speakerId, Caller caller) {
        if (!find(databaseId, caller).remove(speakerId)) {
            throw new NavaaException(ErrorCode.NOT_FOUND);
        }
    }

    /** A new database of the caller's from an export file. */
    public VoiceDatabaseRecord importFile(Caller caller, String json, Optional<String> name) {
        VoiceDatabase voices;
        try {
            voices = VoiceDatabase.fromJson(json);
        } catch (IllegalArgumentException e) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, Map.of("file", FieldError.of("field.voiceFile", e.getMessage())));
        }
        VoiceDatabaseRecord database = create(caller, name.orElse(voices.name() == null ? "imported" : voices.name()));
        voices.speakers().forEach(database::enrol);
        em.flush();
        return database;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, Map.of("name", FieldError.of("field.required")));
        }
        if (name.strip().length() > 200) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, Map.of("name", FieldError.of("field.tooLong", 200)));
        }
        return name.strip();
    }

    static SpeakerEmbedder embedder() {
        if (embedder == null) {
            synchronized (VoiceDatabases.class) {
                if (embedder == null) {
                    embedder = SpeakerEmbedder.load();
                }
            }
        }
        return embedder;
    }
}
