package navaa.jobs.boundary;

import navaa.jobs.entity.Job;

/**
 * A CDI event: a job has just completed or failed (by its steps, an administrator's cancel or
 * the restart limit), fired in the transaction that recorded it. Features whose records follow
 * a job (doc 002's content download) observe it, so the engine names none of them.
 */
public record JobEnded(Job job) {
}
