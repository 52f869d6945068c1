/**
 * The audio services of docs 000 and 001 (denoise, vocal separation, boost, speaker
 * extraction) under both documents' paths and field names, and the family's cap on
 * uploads in flight per user. Resources and their request-scoped helpers only: the work
 * is the job engine's ({@code navaa.jobs}) and the models'.
 */
package navaa.audio;
