package navaa.jobs.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import navaa.jobs.control.AudioPlan;
import navaa.jobs.control.AudioTask;
import navaa.jobs.control.JobLedger;
import navaa.jobs.control.OutputStem;
import navaa.models.audio.AudioFormat;
import navaa.models.audio.PcmDecoder;
import navaa.models.audio.PcmEncoder;
import navaa.jobs.control.OwnerOnly;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The job's last step: cuts the processed PCM into its output files (one, or a stem per
 * file), encodes them in the input's format, and measures loudness and true peak of the
 * input and of the primary output. Rerunning it after a crash simply starts it again; it
 * only reads the intermediate file and rewrites the outputs.
 */
@Named
@Dependent
public class EncodeOutput extends TaskBatchlet {

    @Override
    void run(JobLedger ledger, AudioTask task) throws IOException {
        AudioPlan plan = JobPlans.of(task);
        Meters before = measureInput(task);
        Meters after = new Meters(plan.stems().get(0).channels(), plan.sampleRate());
        LinkedHashMap<String, String> outputs = encode(task, plan, after);
        JsonObjectBuilder result = Json.createObjectBuilder()
                .add("method", plan.method())
                .add("sample_rate", plan.sampleRate())
                .add("loudness_before_lufs", round(before.loudness.integratedLufs()))
                .add("true_peak_before_dbtp", round(before.peak.truePeakDbtp()))
                .add("loudness_after_lufs", round(after.loudness.integratedLufs()))
                .add("true_peak_after_dbtp", round(after.peak.truePeakDbtp()));
        new ResultFile(task.work()).read().forEach(result::add);
        ledger.finished(task.jobId(), outputs, result.build().toString());
        Files.deleteIfExists(task.work().resolve(AudioBlockWriter.PROCESSED));
    }

    /** One pass over the intermediate file, feeding every stem's encoder; the primary stem is measured. */
    private static LinkedHashMap<String, String> encode(AudioTask task, AudioPlan plan, Meters primary) throws IOException {
        int width = plan.outputChannels();
        float[] block = new float[plan.sampleRate() * width];
        byte[] raw = new byte[block.length * Float.BYTES];
        LinkedHashMap<String, String> outputs = new LinkedHashMap<>();
        List<PcmEncoder> encoders = new ArrayList<>();
        List<float[]> stemBlocks = new ArrayList<>();
        try (InputStream in = Files.newInputStream(task.work().resolve(AudioBlockWriter.PROCESSED))) {
            for (OutputStem stem : plan.stems()) {
                Path file = task.output(stem.suffix());
                OwnerOnly.directories(file.getParent());
                encoders.add(PcmEncoder.open(file, AudioFormat.valueOf(task.format()), plan.sampleRate(), stem.channels(), task.bitRate()));
                // FFmpeg creates the file with the process's umask
                OwnerOnly.restrict(file);
                stemBlocks.add(new float[plan.sampleRate() * stem.channels()]);
                outputs.put(stem.name(), file.toString());
            }
            int read;
            while ((read = in.readNBytes(raw, 0, raw.length)) > 0) {
                int frames = read / Float.BYTES / width;
                ByteBuffer.wrap(raw, 0, read).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(block, 0, frames * width);
                for (int s = 0; s < encoders.size(); s++) {
                    float[] stemBlock = cut(block, frames, width, plan.stems().get(s), stemBlocks.get(s));
                    encoders.get(s).write(stemBlock, frames);
                    if (s == 0) {
                        primary.add(stemBlock, frames);
                    }
                }
            }
        } finally {
            for (PcmEncoder encoder : encoders) {
                encoder.close();
            }
        }
        return outputs;
    }

    private static float[] cut(float[] block, int frames, int width, OutputStem stem, float[] into) {
        if (stem.channels() == width) {
            return block;
        }
        for (int f = 0; f < frames; f++) {
            System.arraycopy(block, f * width + stem.firstChannel(), into, f * stem.channels(), stem.channels());
        }
        return into;
    }

    private static Meters measureInput(AudioTask task) {
        Meters meters = new Meters(task.channels(), task.sampleRate());
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
}
