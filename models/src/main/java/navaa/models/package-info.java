/**
 * Speech models and signal processing as plain Java: weight files checked by sha256,
 * model runners, DSP kernels. Nothing here imports Jakarta EE, so every piece runs and
 * is tested without a server, and the offline command line can use it.
 */
package navaa.models;
