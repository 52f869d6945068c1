package navaa.content.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import navaa.content.control.LibraryVideo;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * A library video as {@code /api/library/videos/{id}/} answers it, in doc 002's words
 * (snake_case): what search shows of it, and where its file is. {@code link} is the page its
 * info.json names (null without one); {@code file} streams the video itself.
 */
public final class LibraryJson {

    private static final Map<String, String> TYPES = Map.of("mp4", "video/mp4", "m4v", "video/mp4",
            "mov", "video/quicktime", "mkv", "video/x-matroska", "webm", "video/webm", "avi", "video/x-msvideo");

    private LibraryJson() {
    }

    public static JsonObject video(LibraryVideo video, URI base) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", video.id())
                .add("reference", video.reference())
                .add("title", video.title())
                .add("description", video.description())
                .add("duration_seconds", Math.round(video.durationSeconds() * 1000) / 1000.0)
                .add("size_bytes", video.sizeBytes())
                .add("platform", video.platform())
                .add("language", video.language())
                .add("has_captions", hasCaptions(video))
                .add("file_name", video.file().getFileName().toString())
                .add("content_type", contentType(video))
                .add("url", self(video, base))
                .add("file", self(video, base) + "file/");
        if (video.link() == null) {
            json.addNull("link");
        } else {
            json.add("link", video.link());
        }
        return json.build();
    }

    /** The upload's answer while the index has not listed the video yet (202). */
    public static JsonObject indexing(String id, URI base) {
        String self = base.resolve("api/library/videos/" + id + "/").toString();
        return Json.createObjectBuilder().add("id", id).add("status", "indexing").add("url", self)
                .add("file", self + "file/").build();
    }

    static boolean hasCaptions(LibraryVideo video) {
        return Boolean.TRUE.equals(video.metadata().get("has_captions"));
    }

    /** By the file's extension, which the library only lists when it is one of its video extensions. */
    public static String contentType(LibraryVideo video) {
        String name = video.file().getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static String self(LibraryVideo video, URI base) {
        return base.resolve("api/library/videos/" + video.id() + "/").toString();
    }
}
