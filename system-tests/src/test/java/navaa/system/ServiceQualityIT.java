package navaa.system;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static navaa.system.AudioFiles.awaitCompleted;
import static navaa.system.AudioFiles.fileId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the three model-driven services really do to audio, measured on what comes back
 * from the server: denoise raises SI-SNR on a speech + noise mix whose clean speech is
 * known; separation beats the do-nothing baseline in SDR on a mix whose stems are known;
 * extraction keeps the target's turns and silences the other voice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceQualityIT {

    private static final int RATE = 16_000;

    @TempDir
    static Path folder;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    private static float[] speech(String voice, String text) throws Exception {
        return Signals.mono(Recordings.speech(folder, "s" + System.nanoTime() + ".wav", text, voice, 0.5, RATE, 1), RATE, folder);
    }

    private static Recordings.Pcm download(Http http, String path) {
        var response = http.download(path);
        assertEquals(200, response.statusCode(), path);
        return Recordings.wav(response.body());
    }

    @Test
    void denoiseRaisesSiSnrBySixDecibelsOrMoreOnPinkNoiseAtZeroDecibels() throws Exception {
        float[] clean = speech("en-us", "The patient reports a headache since Monday and some trouble sleeping at night.");
        float[] noise = Signals.synth(clean.length / (double) RATE + 1, RATE, folder, "pinknoise");
        float[] mix = Signals.sum(clean, Signals.scaled(noise, Signals.gainFor(clean, noise, 0)));
        Path upload = Signals.writeWav(folder.resolve("noisy visit.wav"), mix, 1, RATE);

        Http http = AudioFiles.user();
        long id = fileId(http.postMultipart("/api/denoise/upload/", Map.of(), Map.of("audio_file", upload)));
        awaitCompleted(http, "/api/denoise/files/" + id + "/status/");
        float[] denoised = download(http, "/media/jobs/" + id + "/output").samples();

        double before = Signals.siSnr(clean, mix);
        double after = Signals.siSnr(clean, denoised);
        assertEquals(clean.length, denoised.length, "same length, sample for sample");
        assertTrue(after - before >= 6, String.format("SI-SNR %.1f dB → %.1f dB: the gain must be at least 6 dB", before, after));
    }

    @Test
    void separationBeatsTheDoNothingBaselineForBothStems() throws Exception {
        float[] voice = speech("en-us", "La la la, this is the singer, who stands in the middle of the stage tonight.");
        // a plucked chord every half second: accompaniment that repeats, as music does
        int plucks = (int) Math.ceil(voice.length / (RATE * 0.5)) + 1;
        float[] band = Signals.synth(0.5, RATE, folder, "pluck", "C3", "pluck", "E3", "pluck", "G3",
                "repeat", Integer.toString(plucks - 1));
        band = Arrays.copyOf(Signals.scaled(band, Signals.gainFor(voice, band, 0)), voice.length);
        // the voice in the centre, the band mostly on the left
        float[] left = Signals.sum(voice, band);
        float[] right = Signals.sum(voice, Signals.scaled(band, 0.25));
        Path upload = Signals.writeWav(folder.resolve("song.wav"), Signals.interleave(left, right), 2, RATE);

        Http http = AudioFiles.user();
        long id = fileId(http.postMultipart("/api/vocal/separate/", Map.of(), Map.of("audio_file", upload)));
        JsonObject done = awaitCompleted(http, "/api/vocal/files/" + id + "/status/");
        float[] vocals = download(http, "/media/jobs/" + id + "/vocals").samples();
        float[] instrumental = download(http, "/media/jobs/" + id + "/instrumental").samples();

        float[] trueVocals = Signals.interleave(voice, voice);
        float[] trueBand = Signals.interleave(band, Signals.scaled(band, 0.25));
        float[] mixture = Signals.interleave(left, right);
        double vocalGain = Signals.sdr(trueVocals, vocals) - Signals.sdr(trueVocals, mixture);
        double bandGain = Signals.sdr(trueBand, instrumental) - Signals.sdr(trueBand, mixture);
        assertTrue(vocalGain > 1, String.format("vocals SDR over the baseline: %.2f dB (%s)", vocalGain, done));
        assertTrue(bandGain > 1, String.format("instrumental SDR over the baseline: %.2f dB", bandGain));
    }

    @Test
    void extractionKeepsTheTargetsTurnsAndSilencesTheOtherVoice() throws Exception {
        float[] a1 = speech("en-us", "Good morning, I would like to talk about the budget for next year.");
        float[] b = speech("en-us+f3", "Of course, the numbers are ready and I can show them to you now.");
        float[] a2 = speech("en-us", "Thank you, please start with the money we spend on travel.");
        float[] pause = new float[RATE];
        float[] conversation = concat(a1, pause, b, pause, a2);
        Path upload = Signals.writeWav(folder.resolve("meeting.wav"), conversation, 1, RATE);
        Path sample = Signals.writeWav(folder.resolve("target.wav"),
                speech("en-us", "This is my voice, recorded alone so that the system can recognise me later."), 1, RATE);

        Http http = AudioFiles.user();
        long id = fileId(http.postMultipart("/api/speaker/extract/", Map.of(),
                Map.of("conversation_file", upload, "target_speaker_file", sample)));
        JsonObject done = awaitCompleted(http, "/api/speaker/files/" + id + "/status/");
        float[] extracted = download(http, "/media/jobs/" + id + "/output").samples();

        int bStart = a1.length + pause.length;
        int a2Start = bStart + b.length + pause.length;
        double kept1 = Signals.energy(extracted, 0, a1.length) / Signals.energy(conversation, 0, a1.length);
        double kept2 = Signals.energy(extracted, a2Start, conversation.length) / Signals.energy(conversation, a2Start, conversation.length);
        double leaked = Signals.energy(extracted, bStart, bStart + b.length) / Signals.energy(conversation, bStart, bStart + b.length);
        assertTrue(kept1 > 0.9 && kept2 > 0.9, String.format("the target's turns keep %.2f and %.2f of their energy: %s", kept1, kept2, done));
        assertTrue(leaked < 0.05, String.format("the other voice keeps %.3f of its energy: %s", leaked, done));
        assertTrue(done.getJsonNumber("similarity_score").doubleValue() >= 70, done::toString);
    }

    private static float[] concat(float[]... parts) {
        float[] all = new float[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
