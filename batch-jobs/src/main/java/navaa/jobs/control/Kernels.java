package navaa.jobs.control;

import navaa.models.dsp.Boost;

import java.io.Serializable;

/** The kernel a job kind runs, from its parameters. */
public final class Kernels {

    private Kernels() {
    }

    public static BlockKernel of(AudioTask task) {
        if ("BOOST".equals(task.kind())) {
            return boost(Integer.parseInt(task.parameter("factor")), task.channels(), task.sampleRate());
        }
        throw new IllegalArgumentException("no audio kernel for job kind " + task.kind());
    }

    private static BlockKernel boost(int factor, int channels, int sampleRate) {
        Boost boost = new Boost(factor, channels, sampleRate);
        return new BlockKernel() {
            @Override
            public int process(float[] in, float[] out, int frames) {
                return boost.process(in, out, frames);
            }

            @Override
            public int flush(float[] out) {
                return boost.flush(out);
            }

            @Override
            public Serializable snapshot() {
                return boost.snapshot();
            }

            @Override
            public void restore(Serializable state) {
                boost.restore((Boost.State) state);
            }
        };
    }
}
