package navaa.clinic.control;

/**
 * Delivers a text to a phone: a real gateway when one is configured, otherwise the
 * development outbox. {@code channel} is doc 003's {@code sms}, {@code whatsapp} or {@code call}.
 */
public interface SmsSender {

    /** @throws SmsFailedException when the text could not be handed over */
    void send(String phone, String channel, String text);
}
