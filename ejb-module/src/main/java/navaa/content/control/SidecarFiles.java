package navaa.content.control;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The videos of one folder and the files beside them with the same base name: captions
 * ({@code talk.srt}, {@code talk.vtt}, and yt-dlp's {@code talk.en.vtt}, {@code talk.fa.srt})
 * and yt-dlp's {@code talk.info.json}. A sidecar goes to the video with the longest base
 * name it starts with, so {@code a.b.srt} belongs to {@code a.b.mp4} rather than to {@code a.mp4}.
 */
public record SidecarFiles(List<Path> captions, Path infoJson) {

    public static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "mkv", "webm", "mov", "m4v", "avi");
    private static final String INFO_JSON = ".info.json";

    public SidecarFiles {
        captions = List.copyOf(captions);
    }

    public static boolean isVideo(Path file) {
        String extension = extensionOf(file.getFileName().toString());
        return extension != null && VIDEO_EXTENSIONS.contains(extension) && !isHidden(file);
    }

    /** Hidden files are skipped: rsync and some copy tools write their half-copied file as one. */
    static boolean isHidden(Path file) {
        return file.getFileName().toString().startsWith(".");
    }

    /** Each video among the files of one folder, with its sidecars; videos in name order. */
    public static Map<Path, SidecarFiles> group(List<Path> filesOfOneFolder) {
        List<Path> videos = filesOfOneFolder.stream().filter(SidecarFiles::isVideo)
                .sorted(Comparator.comparing(Path::toString)).toList();
        Map<Path, List<Path>> captions = new LinkedHashMap<>();
        Map<Path, Path> infos = new LinkedHashMap<>();
        for (Path video : videos) {
            captions.put(video, new ArrayList<>());
        }
        for (Path file : filesOfOneFolder) {
            String name = file.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            boolean caption = lower.endsWith(".srt") || lower.endsWith(".vtt");
            boolean info = lower.endsWith(INFO_JSON);
            if (!caption && !info || isHidden(file)) {
                continue;
            }
            Path owner = ownerOf(name, videos);
            if (owner == null) {
                continue;
            }
            String base = baseName(owner);
            if (info && name.length() == base.length() + INFO_JSON.length()) {
                infos.put(owner, file);
            } else if (caption) {
                captions.get(owner).add(file);
            }
        }
        Map<Path, SidecarFiles> grouped = new LinkedHashMap<>();
        for (Path video : videos) {
            List<Path> own = captions.get(video);
            own.sort(Comparator.comparing(Path::toString));
            grouped.put(video, new SidecarFiles(own, infos.get(video)));
        }
        return grouped;
    }

    /** The file name without its extension: {@code talk.mp4} → {@code talk}. */
    public static String baseName(Path video) {
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private static Path ownerOf(String sidecarName, List<Path> videos) {
        Path owner = null;
        int longest = -1;
        for (Path video : videos) {
            String base = baseName(video);
            if (sidecarName.startsWith(base + ".") && base.length() > longest) {
                owner = video;
                longest = base.length();
            }
        }
        return owner;
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
