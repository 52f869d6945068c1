package navaa.jobs.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import navaa.models.audio.DecodeLimit;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.logging.Logger;

/**
 * The most samples one input may decode to ({@code NAVAA_MAX_DECODED_SAMPLES}: length ×
 * sample rate × channels of the file itself). Set as the decoders' ceiling at start, before
 * any job is resumed or requested, so a job whose file hides its true length stops there;
 * and checked against what a file's headers state wherever one is taken in, so an honest
 * bomb is refused before it is queued.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DecodeCeiling {

    private static final Logger LOG = Logger.getLogger(DecodeCeiling.class.getName());

    @Inject
    @ConfigProperty(name = "navaa.max-decoded-samples", defaultValue = "" + DecodeLimit.DEFAULT_MAX_SAMPLES)
    long maxSamples;

    @PostConstruct
    void apply() {
        DecodeLimit.setMaxSamples(maxSamples);
        LOG.info(() -> String.format(Locale.ROOT, "inputs decode to at most %,d samples (%.1f h of 44.1 kHz stereo)",
                maxSamples, DecodeLimit.hoursOf44kHzStereo(maxSamples)));
    }

    /** @throws NavaaException 413 when a stream of this length, rate and channel count decodes past the ceiling */
    public void check(double seconds, int sampleRate, int channels) {
        long samples = DecodeLimit.samplesOf(seconds, sampleRate, channels);
        if (samples > maxSamples) {
            throw new NavaaException(ErrorCode.AUDIO_TOO_LONG, oneDecimal(seconds / 3600), String.valueOf(sampleRate),
                    String.valueOf(channels), millions(samples), millions(maxSamples),
                    oneDecimal(DecodeLimit.hoursOf44kHzStereo(maxSamples)));
        }
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String millions(long samples) {
        return String.format(Locale.ROOT, "%,d", Math.round(samples / 1e6));
    }
}
