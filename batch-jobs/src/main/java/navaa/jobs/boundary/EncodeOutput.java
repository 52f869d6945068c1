package navaa.jobs.boundary;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import navaa.jobs.control.AudioTask;
import navaa.jobs.control.JobLedger;
import navaa.models.audio.AudioFormat;
import navaa.models.audio.PcmDecoder;
import navaa.models.audio.PcmEncoder;
import navaa.models.dsp.LoudnessMeter;
import navaa.models.dsp.TruePeakMeter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The job's last step: encodes the processed PCM into the input's format and measures
 * loudness and true peak of the input and of the output. Rerunning it after a crash
 * simply starts it again; it only reads the intermediate file and rewrites the output.
 */
@Named
@Dependent
public class EncodeOutput extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String jobId;

    @Override
    public String process() throws IOException {
        JobLedger ledger = JobLedger.lookup();
        AudioTask task = ledger.task(Long.parseLong(jobId));
        Meters before = measureInput(task);
        Meters after = new Meters(task);
        Path processed = Path.of(task.workDir()).resolve(AudioBlockWriter.PROCESSED);
        Path output = task.output(task.kind().toLowerCase(java.util.Locale.ROOT));
        Files.createDirectories(output.getParent());
        float[] block = new float[task.sampleRate() * task.channels()];
        byte[] raw = new byte[block.length * Float.BYTES];
        try (InputStream in = Files.newInputStream(processed);
             PcmEncoder encoder = PcmEncoder.open(output, AudioFormat.valueOf(task.format()), task.sampleRate(), task.channels(), task.bitRate())) {
            int read;
            while ((read = in.readNBytes(raw, 0, raw.length)) > 0) {
                int frames = read / Float.BYTES / task.channels();
                ByteBuffer.wrap(raw, 0, read).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(block, 0, frames * task.channels());
                encoder.write(block, frames);
                after.add(block, frames);
            }
        }
        java.util.LinkedHashMap<String, String> outputs = new java.util.LinkedHashMap<>();
        outputs.put("output", output.toString());
        ledger.finished(task.jobId(), outputs, Json.createObjectBuilder()
                .add("method", "gain " + task.parameter("factor") + "x with a true-peak limiter at -1 dBTP")
                .add("loudness_before_lufs", round(before.loudness.integratedLufs()))
                .add("true_peak_before_dbtp", round(before.peak.truePeakDbtp()))
                .add("loudness_after_lufs", round(after.loudness.integratedLufs()))
                .add("true_peak_after_dbtp", round(after.peak.truePeakDbtp()))
                .build().toString());
        Files.deleteIfExists(processed);
        return "COMPLETED";
    }

    private static Meters measureInput(AudioTask task) {
        Meters meters = new Meters(task);
        float[] block = new float[task.sampleRate() * task.channels()];
        try (PcmDecoder decoder = PcmDecoder.open(Path.of(task.input()), task.sampleRate(), task.channels())) {
            int frames;
            while ((frames = decoder.read(block, task.sampleRate())) > 0) {
                meters.add(block, frames);
            }
        }
        return meters;
    }

    /** JSON has no infinities: silence reads as -99. */
    private static double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : -99.0;
    }

    private static final class Meters {
        final LoudnessMeter loudness;
        final TruePeakMeter peak;

        Meters(AudioTask task) {
            loudness = new LoudnessMeter(task.channels(), task.sampleRate());
            peak = new TruePeakMeter(task.channels(), task.sampleRate());
        }

        void add(float[] block, int frames) {
            loudness.add(block, frames);
            peak.add(block, frames);
        }
    }
}
