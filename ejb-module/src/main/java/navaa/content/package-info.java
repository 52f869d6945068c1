/**
 * ContentAgent (doc 002): the CRM's video pipeline — projects, search over the media library
 * (and remote providers where a customer allows them), download, subtitles, burn-in,
 * watermark and copywriting.
 */
package navaa.content;
