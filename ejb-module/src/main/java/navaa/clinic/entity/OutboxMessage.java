package navaa.clinic.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;

/** A text the development SMS provider kept instead of sending it, for admins to read. */
@Entity
@Table(name = "clinic_sms_outbox")
@NamedQuery(name = OutboxMessage.NEWEST, query = "select m from OutboxMessage m order by m.createdAt desc, m.id desc")
@NamedQuery(name = OutboxMessage.NEWEST_TO, query = "select m from OutboxMessage m where m.phone = :phone"
        + " order by m.createdAt desc, m.id desc")
@NamedQuery(name = OutboxMessage.OLDER_THAN, query = "delete from OutboxMessage m where m.createdAt < :before")
@NamedQuery(name = OutboxMessage.IDS_NEWEST_FIRST, query = "select m.id from OutboxMessage m order by m.id desc")
@NamedQuery(name = OutboxMessage.UP_TO_ID, query = "delete from OutboxMessage m where m.id <= :id")
public class OutboxMessage extends NumberedEntity {

    public static final String NEWEST = "OutboxMessage.newest";
    public static final String NEWEST_TO = "OutboxMessage.newestTo";
    public static final String OLDER_THAN = "OutboxMessage.olderThan";
    public static final String IDS_NEWEST_FIRST = "OutboxMessage.idsNewestFirst";
    public static final String UP_TO_ID = "OutboxMessage.upToId";

    private String phone;
    private String channel;
    private String text;
    private Instant createdAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(String phone, String channel, String text, Instant createdAt) {
        this.phone = phone;
        this.channel = channel;
        this.text = text;
        this.createdAt = createdAt;
    }

    public String getPhone() { return phone; }
    public String getChannel() { return channel; }
    public String getText() { return text; }
    public Instant getCreatedAt() { return createdAt; }
}
