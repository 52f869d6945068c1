/**
 * The admin console: its page at {@code /admin/} (static files, served by
 * {@link navaa.admin.boundary.ConsoleServlet}) and the admin-only APIs under
 * {@code /api/admin/} it calls beyond doc 004's users and the API keys (jobs, queues,
 * voice databases, the dashboard). Errors in doc 004's shape, like the rest of
 * {@code /api/admin/}. Not the actions' rules: those are the features' facades'.
 */
package navaa.admin;
