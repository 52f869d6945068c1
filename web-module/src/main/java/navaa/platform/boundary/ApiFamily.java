package navaa.platform.boundary;

import java.util.List;

/**
 * The five documents' API families, told apart by path. Each has its own error shape
 * and CSRF rule; docs 000 and 001 share one family (audio).
 */
public enum ApiFamily {
    /** Docs 000/001, Django style: session + X-CSRFToken. */
    AUDIO(true),
    /** Doc 002, Django REST framework style. */
    CONTENT(true),
    /** Doc 003, Django REST framework with JWT. */
    CLINIC(true),
    /** Doc 004, an Express app: JSON bodies and same-origin checks instead of a token. */
    CHAT(false);

    private static final List<String> AUDIO_PATHS = List.of("/accounts/", "/api/denoise/", "/api/vocal-separation/",
            "/api/vocal/", "/api/audio-boost/", "/api/boost/", "/api/speaker-extraction/", "/api/speaker/",
            "/api/diarization/", "/ws/processing", "/media/");
    private static final List<String> CHAT_PATHS = List.of("/api/auth/", "/api/chats", "/api/admin/", "/admin/");

    private final boolean djangoCsrf;

    ApiFamily(boolean djangoCsrf) {
        this.djangoCsrf = djangoCsrf;
    }

    /** Whether a cookie-authenticated unsafe request must carry X-CSRFToken. */
    public boolean djangoCsrf() {
        return djangoCsrf;
    }

    /** The family of a request path (with a leading slash, without the context root). */
    public static ApiFamily of(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        if (p.startsWith("/api/v1/")) {
            return CLINIC;
        }
        // the DRF-style key login belongs to doc 002's clients, though it sits beside doc 004's
        if (p.startsWith("/api/auth/token")) {
            return CONTENT;
        }
        if (AUDIO_PATHS.stream().anyMatch(p::startsWith)) {
            return AUDIO;
        }
        if (CHAT_PATHS.stream().anyMatch(p::startsWith)) {
            return CHAT;
        }
        return CONTENT;
    }
}
