package navaa.content.control;

import com.google.gson.JsonObject;

/**
 * The yt-dlp style {@code .info.json} written beside an uploaded video, so the library reads
 * the title and description its uploader gave as it reads a downloaded video's (see
 * {@link SidecarInfo}). No {@code extractor} and no {@code webpage_url}: the video has no page
 * elsewhere, so its platform is {@code other} and its link this server's. The uploader's
 * name is kept as yt-dlp's {@code uploader}, which search answers carry in their metadata.
 */
public final class UploadSidecar {

    public static final int MAX_TITLE = SidecarInfo.MAX_TITLE;
    public static final int MAX_DESCRIPTION = 5000;

    private UploadSidecar() {
    }

    /** The sidecar's JSON; blank values are left out, so the container's title or the file name stands. */
    public static String json(String title, String description, String uploader) {
        JsonObject info = new JsonObject();
        put(info, "title", title);
        put(info, "description", description);
        put(info, "uploader", uploader);
        return info.toString();
    }

    private static void put(JsonObject info, String key, String value) {
        if (value != null && !value.isBlank()) {
            info.addProperty(key, value.strip());
        }
    }
}
