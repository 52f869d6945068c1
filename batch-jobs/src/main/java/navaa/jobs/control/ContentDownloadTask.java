package navaa.jobs.control;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The parameters of a {@link JobKind#CONTENT_DOWNLOAD} job, written by the business module when
 * a content is created and read by the batch steps: the source as the search stored it
 * ({@code library:<id>} or a remote URL), the content's id (the file's name) and its folder.
 * The file ends in {@code <folder>/videos/<content id>.<ext>}, so that doc 002's
 * {@code file_path} ({@code videos/<id>.mp4}) is the path under the content's folder.
 */
public final class ContentDownloadTask {

    public static final String SOURCE = "source";
    public static final String CONTENT = "content";
    public static final String FOLDER = "folder";
    /**
     * A library video's file. Not the job's input path: the engine's delete removes an input's
     * folder, and this one is the library's.
     */
    public static final String LIBRARY_FILE = "library_file";
    /** What a library video's reference starts with. */
    public static final String LIBRARY = "library:";
    /** The sub-folder of the content's folder that holds the video. */
    public static final String VIDEOS = "videos";
    /** How much of the job's progress the copy is (the rest is the probe and the conversion). */
    public static final int COPY_SHARE = 40;

    private ContentDownloadTask() {
    }

    public static boolean fromLibrary(AudioTask task) {
        return task.optionalParameter(SOURCE).map(source -> source.startsWith(LIBRARY)).orElse(false);
    }

    /** The library video's file; empty for a remote source or a library video gone from the index. */
    public static java.util.Optional<Path> libraryFile(AudioTask task) {
        return task.optionalParameter(LIBRARY_FILE).filter(file -> !file.isBlank()).map(Path::of);
    }

    public static String content(AudioTask task) {
        return task.optionalParameter(CONTENT).orElseThrow(() -> new IllegalArgumentException("job " + task.jobId() + " names no content"));
    }

    public static Path folder(AudioTask task) {
        return Path.of(task.optionalParameter(FOLDER).orElseThrow(() -> new IllegalArgumentException("job " + task.jobId() + " names no folder")));
    }

    /** The file's path under the content's folder, as doc 002's {@code file_path} shows it. */
    public static String relativePath(String content, String extension) {
        return VIDEOS + "/" + content + "." + extension.toLowerCase(Locale.ROOT);
    }

    /** The extension of a file's name, lower case, or {@code ""}. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
