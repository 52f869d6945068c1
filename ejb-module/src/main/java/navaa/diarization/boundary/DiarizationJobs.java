package navaa.diarization.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import navaa.diarization.control.DiarizationParameters;
import jakarta.inject.Inject;
import navaa.identity.entity.Caller;
import navaa.jobs.boundary.DecodeCeiling;
import navaa.jobs.boundary.Jobs;
import navaa.jobs.boundary.MediaFolders;
import navaa.jobs.control.JobKind;
import navaa.jobs.entity.Job;
import navaa.jobs.entity.JobInput;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import navaa.models.transcription.TranscriptionException;
import navaa.models.transcription.TranscriptionSettings;
import navaa.jobs.boundary.Transcribers;
import navaa.jobs.control.OwnerOnly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Diarization jobs: recorded and requested through the one job engine, with a copy of the
 * voice database they name kept in the job's work folder (a job asked for is not changed
 * by later enrolments, nor broken by a deleted database).
 */
@Stateless
public class DiarizationJobs {

    private static final JobKind KIND = JobKind.DIARIZE;
    /** The voice database copy's name in the work folder (the batch step reads it there). */
    static final String VOICES = "voices.json";

    @Inject
    Jobs jobs;

    @Inject
    MediaFolders folders;

    @Inject
    VoiceDatabases databases;

    @Inject
    DecodeCeiling ceiling;

    /** The NAVAA_TRANSCRIPTION_* settings in force, read for every request (a test gives its own). */
    Supplier<TranscriptionSettings> transcription = Transcribers::settings;

    /**
     * Refuses a transcription that cannot run (no provider configured, a file that is not a
     * usable Whisper model, an English-only model asked for Persian, whisper.cpp not
     * loading, a server address that is not a URL) before anything is stored: the client
     * learns at once what the administrator must fix. Reads the model file's headers only,
     * and does not call a transcription server.
     */
    public void checkTranscription(DiarizationParameters parameters) {
        if (!parameters.transcribe()) {
            return;
        }
        try {
            transcription.get().check(parameters.transcriptionLanguage().orElse(null));
        } catch (TranscriptionException e) {
            throw new NavaaException(ErrorCode.valueOf(e.code()), e.getMessage());
        }
    }

    public Job submit(Caller caller, JobInput input, String parametersJson, Optional<Long> voiceDatabase) {
        Optional<String> voices = voiceDatabase.map(id -> databases.find(id, caller).voices().toJson());
        Job job = jobs.submit(caller, KIND, input, parametersJson);
        voices.ifPresent(json -> write(folders.work(job.getId()).resolve(VOICES), json));
        return job;
    }

    /**
     * A diarization of a file already stored (the upload of job {@code fileId}), asked for
     * over JMS by an integration with a caller's API key: the file must be the caller's
     * (any file, for an admin), or it is not found, as over REST; the job is the file
     * owner's. In a transaction of its own: a refused request rolls back only itself, and
     * the listener answers it on the events topic instead of having the broker redeliver it.
     *
     * @param requestId the integration's own id, echoed in every event of the job
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Job submitStored(Caller caller, long fileId, DiarizationParameters parameters, Optional<String> requestId) {
        Job stored = jobs.find(fileId, caller);
        // the file passed the ceiling when it was uploaded, but the ceiling may have been lowered since
        ceiling.check(stored.getDuration(), stored.getSampleRate(), stored.getChannels());
        checkTranscription(parameters);
        DiarizationParameters asked = requestId.map(id -> parameters.with("request_id", id)).orElse(parameters);
        Optional<String> voices = parameters.voiceDatabase().map(id -> databases.find(id, stored.ownerId()).voices().toJson());
        JobInput input = copy(stored);
        Job job = jobs.submit(stored.ownerId(), KIND, input, Optional.empty(), asked.json());
        voices.ifPresent(json -> write(folders.work(job.getId()).resolve(VOICES), json));
        return job;
    }

    /** The stored file again, in an upload folder of its own, so deleting either job leaves the other's intact. */
    private JobInput copy(Job stored) {
        Path source = Path.of(stored.getInputPath());
        Path target = folders.newUpload().resolve(source.getFileName());
        try {
            try {
                Files.createLink(target, source);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(source, target);
                OwnerOnly.restrict(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the stored file " + source, e);
        }
        return new JobInput(stored.getInputName(), target.toString(), stored.getInputFormat(), stored.getInputSize(),
                stored.getDuration(), stored.getSampleRate(), stored.getChannels(), stored.getBitRate());
    }

    public Job find(long id, Caller caller) {
        Job job = jobs.find(id, caller);
        if (job.getKind() != KIND) {
            throw new NavaaException(ErrorCode.NOT_FOUND);
        }
        return job;
    }

    public List<Job> of(Caller caller) {
        return jobs.of(caller, KIND);
    }

    public void delete(long id, Caller caller) {
        jobs.delete(find(id, caller).getId(), caller);
    }

    private static void write(Path file, String json) {
        try {
            OwnerOnly.directories(file.getParent());
            OwnerOnly.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the voice database for the job in " + file, e);
        }
    }
}
