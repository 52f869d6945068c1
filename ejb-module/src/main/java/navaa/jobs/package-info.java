/**
 * The one job engine behind every processing service: a job record per upload, a JMS
 * request that starts a Jakarta Batch execution, progress and the end reported back,
 * restart after a crash. Not the services' API shapes (each family renders the same
 * {@link navaa.jobs.entity.Job} its own way) and not the signal processing (models).
 */
package navaa.jobs;
