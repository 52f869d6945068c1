package navaa.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the sweep checks in every answer, and its tally: no 5xx, no stack trace, Java
 * class name or server path in a body, no 2xx without the credentials an operation needs.
 */
final class SweepFindings {

    /**
     * 5xx answers that are documented and expected where an optional service is not
     * configured, by "METHOD template status". None is expected of the operations the
     * sweep reaches: its bad ids and bodies never get as far as the language model or
     * the transcription model.
     */
    static final Map<String, String> DOCUMENTED_5XX = Map.of();

    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)"),
            Pattern.compile("\\.java:\\d+"),
            Pattern.compile("\\b(?:java|javax|jakarta|sun|com\\.sun|org\\.glassfish|org\\.eclipse|org\\.apache|org\\.h2|org\\.mariadb|"
                    + "fish\\.payara|navaa)\\.[a-z]\\w*\\.[\\w$.]+"),
            Pattern.compile("\\b\\w+(?:Exception|Error)\\b(?!\")"),
            Pattern.compile("(?<![\\w.:/])/(?:home|root|tmp|work|var|opt|usr|etc|srv|mnt|proc)/[\\w.-]+"),
            Pattern.compile("glassfish/domains|it-data/|runtime/payara"));

    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> limited = new ArrayList<>();
    private int requests;

    synchronized void record(SweepOperations.Operation operation, String request, String caller, int status, String body) {
        requests++;
        statuses.merge(status, 1, Integer::sum);
        String where = request + " as " + caller + " -> " + status;
        if (status == 429) {
            limited.add(where);
        }
        if (status >= 500 && !DOCUMENTED_5XX.containsKey(operation.key() + " " + status)) {
            problems.add("5xx: " + where + " " + abbreviated(body));
        }
        for (Pattern leak : LEAKS) {
            var found = leak.matcher(body);
            if (found.find()) {
                problems.add("leak (" + found.group() + "): " + where + " " + abbreviated(body));
                break;
            }
        }
        boolean success = status >= 200 && status < 300;
        if (success && caller.equals("anonymous") && !operation.isPublic()) {
            problems.add("protected 2xx without credentials: " + where + " " + abbreviated(body));
        }
        if (success && caller.equals("user") && operation.adminOnly()) {
            problems.add("admin-only 2xx for a user: " + where + " " + abbreviated(body));
        }
    }

    synchronized void failed(String request, String caller, Exception e) {
        requests++;
        statuses.merge(0, 1, Integer::sum);
        problems.add("no answer: " + request + " as " + caller + ": " + e);
    }

    synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    synchronized String summary(int operations, long seconds) {
        return "bad-input sweep: " + operations + " operations, " + requests + " requests in " + seconds + " s; statuses "
                + statuses + " (0: no answer); " + problems.size() + " problems"
                + (limited.isEmpty() ? "" : "; rate limited: " + String.join(", ", limited.subList(0, Math.min(5, limited.size()))));
    }

    private static String abbreviated(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
