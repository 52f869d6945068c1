package navaa.diarization.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import navaa.models.diarization.VoiceDatabase;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;
import java.util.List;

/**
 * One enrolled person of a voice database: a name and the embeddings of their samples,
 * stored as the export file's JSON for the speaker (so an export is what was stored).
 */
@Entity
@Table(name = "voice_speakers")
public class EnrolledSpeaker extends NumberedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "database_id")
    private VoiceDatabaseRecord database;

    private String name;

    private int numSamples;

    /** A one-speaker voice database file: the samples' embeddings in the export format. */
    private String samples;

    private Instant createdAt;

    protected EnrolledSpeaker() {
    }

    EnrolledSpeaker(VoiceDatabaseRecord database, VoiceDatabase.Speaker speaker) {
        this.database = database;
        this.name = speaker.name();
        this.numSamples = speaker.samples().size();
        this.samples = new VoiceDatabase(name, List.of(speaker)).toJson();
        this.createdAt = Instant.now();
    }

    public VoiceDatabase.Speaker speaker() {
        return VoiceDatabase.fromJson(samples).speakers().get(0);
    }

    public String getName() { return name; }
    public int getNumSamples() { return numSamples; }
    public Instant getCreatedAt() { return createdAt; }
}
