/**
 * What every feature shares: the error model with its machine codes and localized
 * messages, schema migrations, rate limits and configuration. Not a place for any one
 * API family's rules; those live in their feature.
 */
package navaa.platform;
