/**
 * How other systems and browsers follow jobs without polling: the WebSocket
 * {@code /ws/processing/} (doc 001), fed from the JMS job-events topic, so that it works
 * the same whichever server instance ran the job. Not the publishing side, which is the
 * business module's {@code JobEvents}.
 */
package navaa.integration;
