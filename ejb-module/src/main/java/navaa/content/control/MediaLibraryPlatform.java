package navaa.content.control;

import java.net.URI;
import java.util.Locale;

/**
 * Doc 002's platform of a library video, from its yt-dlp sidecar: the extractor's name
 * ({@code youtube}, {@code youtube:tab}, {@code Instagram}, {@code LinkedIn:learning}, ...),
 * else the host of its {@code webpage_url}; {@code other} without either.
 */
public final class MediaLibraryPlatform {

    public static final String YOUTUBE = "youtube";
    public static final String INSTAGRAM = "instagram";
    public static final String LINKEDIN = "linkedin";
    public static final String OTHER = "other";

    private MediaLibraryPlatform() {
    }

    public static String of(String extractor, String webpageUrl) {
        if (extractor != null) {
            String name = extractor.toLowerCase(Locale.ROOT);
            for (String platform : new String[] {YOUTUBE, INSTAGRAM, LINKEDIN}) {
                if (name.equals(platform) || name.startsWith(platform + ":")) {
                    return platform;
                }
            }
        }
        String host = hostOf(webpageUrl);
        if (host != null) {
            if (isUnder(host, "youtube.com") || isUnder(host, "youtu.be")) {
                return YOUTUBE;
            }
            if (isUnder(host, "instagram.com")) {
                return INSTAGRAM;
            }
            if (isUnder(host, "linkedin.com")) {
                return LINKEDIN;
            }
        }
        return OTHER;
    }

    /** The URL when it is an http(s) one, so that a sidecar's link can be shown as is; else null. */
    static String webLink(String url) {
        return hostOf(url) == null ? null : url;
    }

    private static String hostOf(String url) {
        if (url == null || url.length() > 2048) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return null;
            }
            return uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static boolean isUnder(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }
}
