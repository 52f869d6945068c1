/**
 * One identity for every API family: accounts with roles, and the four ways in
 * (session cookie, API key, JWT bearer, and the logins that issue them), with the
 * refusals that guard them. Not authorization of individual resources: ownership is
 * decided by each feature through {@code navaa.platform.control.Ownership}.
 */
package navaa.identity;
