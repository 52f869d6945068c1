package navaa.models.transcription;

/** Which setting an HTTP error from the transcription server most likely points at. */
final class ServerSettingHint {

    private ServerSettingHint() {
    }

    static String of(int status) {
        if (status == 401 || status == 403) {
            return "check " + TranscriptionSettings.API_KEY;
        }
        if (status == 404) {
            return "check " + TranscriptionSettings.BASE_URL + " (the server's /v1 address, e.g. http://host:8000/v1)"
                    + " and " + TranscriptionSettings.SERVER_MODEL;
        }
        if (status / 100 == 4) {
            return "the server refused the request; check " + TranscriptionSettings.SERVER_MODEL;
        }
        return "the server failed; its own log says why";
    }
}
