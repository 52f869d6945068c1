package navaa.clinic.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;

/** A text the development SMS provider kept instead of sending it, for admins to read. */
@Entity
@Table(name = "clinic_sms_outbox")
public class OutboxMessage extends NumberedEntity {

    private String phone, channel, text;
    private Instant createdAt;

    protected OutboxMessage() {
    }

    /** A text kept now. */
    public OutboxMessage(String phone, String channel, String text) {
        this.createdAt = Instant.now();
        this.phone = phone;
        this.channel = channel;
        this.text = text;
    }

    public String getPhone() { return phone; }
    public String getChannel() { return channel; }
    public String getText() { return text; }
    public Instant getCreatedAt() { return createdAt; }
}
