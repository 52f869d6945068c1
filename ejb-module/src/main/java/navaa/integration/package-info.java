/**
 * How other systems reach the platform without HTTP: the JMS job-request queue and the
 * job-events topic (api-map section 6). Not the job engine itself, which consumes them.
 */
package navaa.integration;
