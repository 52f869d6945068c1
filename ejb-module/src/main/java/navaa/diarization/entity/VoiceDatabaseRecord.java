package navaa.diarization.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import navaa.identity.entity.Account;
import navaa.identity.entity.AccountOwned;
import navaa.models.diarization.VoiceDatabase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A user's named set of enrolled voices. */
@Entity
@Table(name = "voice_databases")
@NamedQuery(name = VoiceDatabaseRecord.OF_OWNER, query = "select d from VoiceDatabaseRecord d where d.account.id = :owner order by d.id desc")
@NamedQuery(name = VoiceDatabaseRecord.ALL, query = "select d from VoiceDatabaseRecord d join fetch d.account order by d.id desc")
public class VoiceDatabaseRecord extends AccountOwned {

    public static final String OF_OWNER = "VoiceDatabaseRecord.ofOwner";
    public static final String ALL = "VoiceDatabaseRecord.all";

    private String name;

    private Instant createdAt;

    @OneToMany(mappedBy = "database", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<EnrolledSpeaker> speakers = new ArrayList<>();

    protected VoiceDatabaseRecord() {
    }

    public VoiceDatabaseRecord(Account account, String name) {
        super(account);
        this.name = name;
        this.createdAt = Instant.now();
    }

    /** Enrols a speaker; one of the same name is replaced (their new samples are who they are now). */
    public EnrolledSpeaker enrol(VoiceDatabase.Speaker speaker) {
        speakers.removeIf(s -> s.getName().equals(speaker.name()));
        EnrolledSpeaker enrolled = new EnrolledSpeaker(this, speaker);
        speakers.add(enrolled);
        return enrolled;
    }

    public boolean remove(long speakerId) {
        return speakers.removeIf(s -> s.getId() == speakerId);
    }

    /** The voices as the models see them, for a job or an export. */
    public VoiceDatabase voices() {
        return new VoiceDatabase(name, speakers.stream().map(EnrolledSpeaker::speaker).toList());
    }

    public String getName() { return name; }
    public Instant getCreatedAt() { return createdAt; }
    public List<EnrolledSpeaker> getSpeakers() { return List.copyOf(speakers); }
}
