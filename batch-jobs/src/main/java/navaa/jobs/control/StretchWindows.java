package navaa.jobs.control;

import navaa.models.diarization.EmbeddedWindow;

import java.util.List;

/** The embedded windows of stretch {@code number} of {@code of}. */
public record StretchWindows(List<EmbeddedWindow> windows, int number, int of) {
}
