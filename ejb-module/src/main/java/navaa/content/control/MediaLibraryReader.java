package navaa.content.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes a library video's entry from the file and its sidecars. The title is the sidecar's
 * (the page it came from), else the container's {@code title} tag, else the file name; a
 * file FFmpeg cannot open is still listed, by its name, so the library shows what it holds.
 */
public final class MediaLibraryReader {

    private static final Logger LOG = Logger.getLogger(MediaLibraryReader.class.getName());

    /** What a video gives the index: its entry, and its captions' cues (indexed and kept for snippets, not in memory). */
    public record Read(LibraryVideo video, List<String> captionCues) {
    }

    private final Path root;
    private final MediaLibraryProbe probe;

    public MediaLibraryReader(Path root, MediaLibraryProbe probe) {
        this.root = root;
        this.probe = probe;
    }

    public Read read(Path file, SidecarFiles sidecars) throws IOException {
        long size = Files.size(file);
        MediaLibraryProbe.Probed probed;
        try {
            probed = probe.probe(file);
        } catch (IOException e) {
            LOG.log(Level.INFO, "media library: {0} is listed by its name only: {1}",
                    new Object[] {file.getFileName(), e.getMessage()});
            probed = new MediaLibraryProbe.Probed(null, 0);
        } catch (RuntimeException | LinkageError e) {
            // FFmpeg missing from the server's lib folder: the library still lists its files
            LOG.log(Level.WARNING, "media library: FFmpeg could not read " + file.getFileName(), e);
            probed = new MediaLibraryProbe.Probed(null, 0);
        }
        SidecarInfo info = SidecarInfo.NONE;
        if (sidecars.infoJson() != null) {
            try {
                info = SidecarInfo.parse(readText(sidecars.infoJson(), SidecarInfo.MAX_BYTES));
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.INFO, "media library: {0} is not read: {1}",
                        new Object[] {sidecars.infoJson().getFileName(), e.getMessage()});
            }
        }
        List<String> cues = new ArrayList<>();
        int chars = 0;
        for (Path captions : sidecars.captions()) {
            if (chars >= SidecarCaptions.MAX_CHARS) {
                break;
            }
            for (String cue : SidecarCaptions.cues(readText(captions, 4L * SidecarCaptions.MAX_CHARS))) {
                cues.add(cue);
                chars += cue.length() + 1;
            }
        }
        String title = firstOf(info.title(), probed.title(), titleFromName(file));
        String description = info.description() == null ? "" : info.description();
        String relative = MediaLibraryId.relative(root, file);
        String language = languageOf(info.language(), title + " " + description + " " + firstWords(cues));

        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("source", "library");
        metadata.put("file_name", file.getFileName().toString());
        metadata.put("duration_seconds", Math.round(probed.durationSeconds() * 1000) / 1000.0);
        metadata.put("size_bytes", size);
        metadata.put("has_captions", !cues.isEmpty());
        if (info.extractor() != null) {
            metadata.put("extractor", info.extractor());
        }
        info.metadata().forEach(metadata::putIfAbsent);
        LibraryVideo video = new LibraryVideo(MediaLibraryId.ofRelative(relative), file, relative, title, description,
                probed.durationSeconds(), size, sidecars.captions(), sidecars.infoJson(),
                MediaLibraryPlatform.webLink(info.webpageUrl()),
                MediaLibraryPlatform.of(info.extractor(), info.webpageUrl()), language, metadata);
        return new Read(video, cues);
    }

    /** {@code آموزش_پایتون-1.mp4} → {@code آموزش پایتون 1}: the analyzers keep {@code _} inside a word. */
    static String titleFromName(Path file) {
        return SidecarFiles.baseName(file).replace('_', ' ').replace('-', ' ').strip();
    }

    /**
     * {@code fa} or {@code en}: the sidecar's language when it names one of them, else the script
     * most of the words are written in (Arabic script is Persian here; Navaa serves Persian teams).
     */
    static String languageOf(String declared, String text) {
        if (declared != null) {
            String lower = declared.toLowerCase(Locale.ROOT);
            if (lower.startsWith("fa") || lower.startsWith("per")) {
                return "fa";
            }
            if (lower.startsWith("en")) {
                return "en";
            }
        }
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                arabic++;
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        return arabic > latin ? "fa" : "en";
    }

    private static String firstWords(List<String> cues) {
        StringBuilder words = new StringBuilder();
        for (String cue : cues) {
            if (words.length() > 2000) {
                break;
            }
            words.append(cue).append(' ');
        }
        return words.toString();
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "";
    }

    /** At most {@code maxBytes} of the file as UTF-8 (a stray byte becomes U+FFFD rather than failing the file). */
    static String readText(Path file, long maxBytes) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8));
        }
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
