package navaa.models.diarization;

import navaa.models.speaker.SpeakerEmbedder;
import navaa.models.vad.SpeechDetector;
import navaa.models.vad.SpeechSegment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A speaker's voice from samples of them alone: each sample's speech (Silero VAD) joined
 * and embedded; every sample is one entry, so a speaker recorded in two rooms keeps both.
 */
public final class Enrolment {

    /** 16 kHz mono, what samples are read at. */
    public static final int RATE = 16_000;
    /** Less speech than this does not say who someone is. */
    public static final double MIN_SPEECH_SECONDS = 1.0;

    private final SpeakerEmbedder embedder;

    public Enrolment(SpeakerEmbedder embedder) {
        this.embedder = embedder;
    }

    /**
     * @param samples 16 kHz mono recordings of the speaker alone
     * @throws IllegalArgumentException naming the sample with too little speech
     */
    public VoiceDatabase.Speaker speaker(String name, List<float[]> samples) {
        List<VoiceDatabase.Sample> enrolled = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            enrolled.add(sample(samples.get(i), i + 1));
        }
        return new VoiceDatabase.Speaker(name, enrolled);
    }

    /**
     * One sample's voice print, on its own: a caller that reads samples one at a time keeps
     * only the prints, never every sample's audio at once.
     *
     * @param audio  16 kHz mono recording of the speaker alone
     * @param number the sample's place among the speaker's, from 1, for the message
     * @throws TooLittleSpeech when it holds less than {@link #MIN_SPEECH_SECONDS} of speech
     */
    public VoiceDatabase.Sample sample(float[] audio, int number) {
        List<SpeechSegment> speech = SpeechDetector.of(audio);
        double seconds = speech.stream().mapToDouble(SpeechSegment::duration).sum();
        int total = 0;
        for (SpeechSegment s : speech) {
            total += (int) (Math.round(s.end() * RATE) - Math.round(s.start() * RATE));
        }
        float[] joined = new float[total];
        int at = 0;
        for (SpeechSegment s : speech) {
            int from = (int) Math.min(audio.length, Math.round(s.start() * RATE));
            int to = (int) Math.min(audio.length, Math.round(s.end() * RATE));
            System.arraycopy(audio, from, joined, at, to - from);
            at += to - from;
        }
        float[] speechOnly = java.util.Arrays.copyOf(joined, at);
        if (seconds < MIN_SPEECH_SECONDS) {
            throw new TooLittleSpeech(number, seconds);
        }
        return embedder.embed(speechOnly, RATE).map(e -> new VoiceDatabase.Sample(e, seconds))
                .orElseThrow(() -> new TooLittleSpeech(number, seconds));
    }

    /** A sample (numbered from 1) with too little speech to know the speaker by. */
    public static final class TooLittleSpeech extends IllegalArgumentException {

        public final int sample;
        public final double seconds;

        TooLittleSpeech(int sample, double seconds) {
            super(String.format(Locale.ROOT, "sample %d holds %.1f s of speech; at least %.0f s of the speaker alone is needed",
                    sample, seconds, MIN_SPEECH_SECONDS));
            this.sample = sample;
            this.seconds = seconds;
        }
    }
}
