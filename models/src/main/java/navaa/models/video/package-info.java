/**
 * Pictures drawn into video frames, as plain Java2D: subtitle cues (Persian shaped and
 * right-to-left, in the shipped Vazirmatn font) and the watermark logo.
 * <p>
 * Both become an {@link navaa.models.video.Overlay}, an ARGB image with its place on the frame,
 * rendered once (per cue, per job) and composited onto each decoded frame. This is the burn-in
 * path because the bytedeco FFmpeg build the project uses has no libass and no fribidi, so its
 * {@code subtitles}/{@code ass} filters are missing (see {@code notes/render.md}).
 */
package navaa.models.video;
