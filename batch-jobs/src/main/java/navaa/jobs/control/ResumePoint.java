package navaa.jobs.control;

import java.io.Serializable;

/**
 * Where the process step stood at its last commit: input frames consumed, output frames on
 * disk, and the kernel's state. Written by the writer after the frames it counts are on
 * disk, so whatever point survives a crash is consistent with the intermediate file.
 *
 * @param inputFrames  frames of input the kernel has taken, at the plan's rate
 * @param inputEnded   the reader has seen the end of the input
 * @param outputFrames frames in the intermediate file
 * @param kernel       the kernel's snapshot
 * @param flushed      the kernel's tail is in the file too
 */
public record ResumePoint(long inputFrames, boolean inputEnded, long outputFrames, Serializable kernel,
                          boolean flushed) implements Serializable {
}
