package navaa.jobs.boundary;

import navaa.models.dsp.LoudnessMeter;
import navaa.models.dsp.TruePeakMeter;

/** Integrated loudness and true peak of one stream, measured as it passes. */
final class Meters {

    final LoudnessMeter loudness;
    final TruePeakMeter peak;

    Meters(int channels, int sampleRate) {
        loudness = new LoudnessMeter(channels, sampleRate);
        peak = new TruePeakMeter(channels, sampleRate);
    }

    void add(float[] block, int frames) {
        loudness.add(block, frames);
        peak.add(block, frames);
    }
}
