package navaa.admin.control;

import navaa.jobs.entity.Job;
import navaa.jobs.entity.JobState;

import java.util.List;
import java.util.Map;

/**
 * The platform at a glance: jobs by state (every state present, zero when none), user
 * counts, and the latest failed jobs with their reasons.
 */
public record Summary(Map<JobState, Long> jobsByState, Users users, List<Job> recentFailures) {

    public record Users(long total, long active, long admins) {
    }
}
