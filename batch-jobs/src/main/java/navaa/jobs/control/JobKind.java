package navaa.jobs.control;

import java.util.List;
import java.util.Map;

/**
 * Every kind of job the engine runs, and what each is to the rest of the platform: the
 * batch job (its job XML) that runs it, the parameters it reads, the outputs it leaves, and
 * its name in the API families' JSON ({@link #service()}). Stored by name in {@code jobs.kind}
 * (V8 keeps the column to these names): a constant may be added, never renamed.
 * <p>
 * Adding a kind is a constant here, its plan in {@link Plans} (a kernel) or a job XML of its
 * own, and its route table in the web module; the console lists kinds from the server.
 */
public enum JobKind {

    DENOISE(JobKind.STREAMED, "denoise", List.of(JobParameter.OPTIONAL_BOOST_LEVEL), "output"),
    BOOST(JobKind.STREAMED, "boost", List.of(JobParameter.BOOST_LEVEL), "output"),
    /** Both stems are kept whichever the client asked for; the asked one is also the {@code output}. */
    SEPARATE(JobKind.STREAMED, "vocal", List.of(JobParameter.OUTPUT_TYPE), "output", "vocals", "instrumental"),
    /** Finds the target speaker's regions first, then streams. */
    EXTRACT("speaker-extraction-job", "speaker", List.of(JobParameter.OPTIONAL_BOOST_LEVEL), "output"),
    /** Its parameters are the diarization settings ({@link DiarizationTask} reads them); its outputs the result formats asked. */
    DIARIZE("diarization-job", "diarize", List.of(), "json", "txt", "srt", "vtt"),
    /**
     * Doc 002's video download (§4.3): a library video copied into the content's folder, then kept,
     * remuxed or transcoded so that browsers play it ({@link ContentDownloadTask} reads its parameters).
     */
    CONTENT_DOWNLOAD("content-download-job", "content-download", List.of(), "video");

    /** The job XML of every kind that streams its input through a kernel in one step. */
    private static final String STREAMED = "audio-job";

    private final String jobXml;
    private final String service;
    private final List<JobParameter> parameters;
    private final List<String> outputs;

    JobKind(String jobXml, String service, List<JobParameter> parameters, String... outputs) {
        this.jobXml = jobXml;
        this.service = service;
        this.parameters = parameters;
        this.outputs = List.of(outputs);
    }

    /** The name of its job XML under {@code META-INF/batch-jobs}. */
    public String jobXml() {
        return jobXml;
    }

    /**
     * Its name where an API family names the service: doc 001's paths and the
     * {@code service} of {@code /ws/processing/} updates ({@code denoise}, {@code boost},
     * {@code vocal}, {@code speaker}).
     */
    public String service() {
        return service;
    }

    public List<JobParameter> parameters() {
        return parameters;
    }

    /** The files it leaves as clients fetch them: {@code output} the primary one, besides named ones. */
    public List<String> outputs() {
        return outputs;
    }

    /** The key of its display name in the {@code messages} bundles. */
    public String messageKey() {
        return "kind." + name();
    }

    /** Its parameter {@code name}, as {@link JobParameter#read} reads it from a job's parameters. */
    public String read(String name, Map<String, String> jobParameters) {
        return parameter(name).read(jobParameters);
    }

    public JobParameter parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(this + " takes no parameter " + name));
    }
}
