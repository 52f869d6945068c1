/**
 * What the admin console at {@code /admin/} needs beyond the features' own facades: every
 * user's jobs with filters, the platform at a glance, the depths of the JMS queues. Not
 * the actions themselves: cancelling and retrying belong to the job engine
 * ({@code navaa.jobs}), users and keys to {@code navaa.identity}, voice databases to
 * {@code navaa.diarization}.
 */
package navaa.admin;
