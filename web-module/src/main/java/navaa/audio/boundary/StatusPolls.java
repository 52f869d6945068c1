package navaa.audio.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import navaa.audio.boundary.AudioFileJson.StateWords;
import navaa.identity.boundary.AuthenticationFilter;
import navaa.identity.boundary.Callers;
import navaa.identity.entity.Caller;
import navaa.jobs.boundary.JobStatuses;
import navaa.jobs.control.JobKind;
import navaa.platform.boundary.ApiFamily;
import navaa.platform.boundary.RateLimitFilter;
import navaa.platform.boundary.RateLimits;
import navaa.platform.boundary.RequestFacts;
import navaa.platform.boundary.RequestIdFilter;
import navaa.platform.control.Decision;
import navaa.platform.control.NavaaException;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Doc 001's status polls ({@code GET /api/denoise|boost|vocal|speaker/files/{id}/status/}),
 * what every client sends all day, answered here when the answer is a 200, without the
 * JAX-RS machinery (routing, per-request resources, filters, writers), which cost more than
 * the rest of such a request together. Everything else goes on to JAX-RS unchanged: a
 * request with no credential, a bearer token, a refused account, a rate limit reached, a
 * job that is not found or of another kind, an {@code Accept} that is not JSON. So every
 * refusal keeps its one implementation and the family's error body; here there is only
 * what a 200 needs, and the same parts JAX-RS uses for it: {@link Callers} (the cached
 * credentials), the audio family's rate limit with its headers ({@link RateLimitFilter}),
 * and {@link AudioJobs#status} (the rendered answer, kept briefly by {@link JobStatuses} and
 * evicted by every change of the job). The JAX-RS methods stay, as the documented operations
 * and for every other answer; StatusPollsIT compares both answers.
 */
@WebFilter(urlPatterns = {"/api/denoise/files/*", "/api/boost/files/*", "/api/vocal/files/*", "/api/speaker/files/*"})
public class StatusPolls extends HttpFilter {

    private static final Pattern STATUS = Pattern.compile("/api/(denoise|boost|vocal|speaker)/files/([0-9]{1,18})/status/");
    // a media range weighted q=0 ("not this"), which a plain search for the type would miss
    private static final Pattern REFUSAL = Pattern.compile(";\\s*q\\s*=\\s*0(\\.0{0,3})?\\s*(,|;|$)");
    // the paths' service names are the kinds' (AudioRoutes serves the same paths)
    private static final Map<String, JobKind> KINDS = Arrays.stream(JobKind.values())
            .collect(Collectors.toMap(JobKind::service, kind -> kind));

    @Inject
    Callers callers;

    @Inject
    RateLimits limits;

    @Inject
    AudioJobs audio;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher poll = "GET".equals(request.getMethod()) && acceptsJson(request.getHeader("Accept"))
                ? STATUS.matcher(request.getRequestURI().substring(request.getContextPath().length())) : null;
        Optional<byte[]> answer = poll != null && poll.matches() ? answer(poll, request, response) : Optional.empty();
        if (answer.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(answer.get().length);
        response.getOutputStream().write(answer.get());
    }

    /** The 200's body (its headers set), or empty for JAX-RS to answer. */
    private Optional<byte[]> answer(Matcher poll, HttpServletRequest request, HttpServletResponse response) {
        JobKind kind = KINDS.get(poll.group(1));
        try {
            Optional<Caller> caller = caller(request);
            if (caller.isEmpty()) {
                return Optional.empty();
            }
            Decision decision = RateLimitFilter.count(limits, ApiFamily.AUDIO, caller.get());
            // counted once, whoever answers
            request.setAttribute(RateLimitFilter.COUNTED, decision);
            if (!decision.allowed()) {
                return Optional.empty();
            }
            StateWords words = kind == JobKind.SEPARATE ? StateWords.ERROR_FOR_FAILED : StateWords.DOCUMENTED;
            Optional<JobStatuses.Status> status = audio.status(kind, Long.parseLong(poll.group(2)), words, caller.get(),
                    RequestFacts.locale(request));
            if (status.isEmpty()) {
                return Optional.empty();
            }
            RequestIdFilter.assign(request, response);
            RateLimitFilter.headers(decision).forEach((name, value) -> response.setHeader(name, value.toString()));
            return Optional.of(status.get().body());
        } catch (NavaaException refused) {
            return Optional.empty();
        }
    }

    /** As {@link AuthenticationFilter} finds the caller, for the two ways in this path serves. */
    private Optional<Caller> caller(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return callers.bySession(sessionKey(request));
        }
        if (authorization.regionMatches(true, 0, "Token ", 0, 6)) {
            return callers.byApiKey(authorization.substring(6).trim());
        }
        return Optional.empty();
    }

    private static String sessionKey(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (AuthenticationFilter.SESSION_COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** JSON is what these paths produce; any other wish (or a fussy one) is JAX-RS's to weigh. */
    static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        if (REFUSAL.matcher(accept).find()) {
            return false;
        }
        return accept.contains("application/json") || accept.contains("*/*") || accept.contains("application/*");
    }
}
