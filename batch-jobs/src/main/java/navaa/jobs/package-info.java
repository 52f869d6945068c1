/**
 * Jakarta Batch job XML and chunk artifacts that move audio and video block by block
 * through the models module, checkpointed so a restart resumes where a crash stopped.
 */
package navaa.jobs;
