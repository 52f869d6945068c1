package navaa.admin.control;

import navaa.jobs.entity.Job;

import java.util.List;

/** One page of the jobs a {@link JobQuery} matches, and how many match in all. */
public record JobPage(List<Job> jobs, long total, int page, int size) {
}
