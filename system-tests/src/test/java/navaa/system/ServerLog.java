package navaa.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The system tests' domain's {@code server.log}, read back as records (Payara's ODL format:
 * {@code [time] [] [LEVEL] [id] [logger] ... [[ message and stack trace ]]}), for tests of
 * what the server logs and at which level.
 */
final class ServerLog {

    record Entry(String level, String logger, String message) {
    }

    private static final Path FILE = Launcher.ROOT.resolve("runtime/payara6/glassfish/domains/navaa-it/logs/server.log");
    private static final Pattern RECORD = Pattern.compile(
            "(?s)\\[\\d{4}-\\d\\d-\\d\\dT[^\\]]*\\] \\[[^\\]]*\\] \\[(\\w+)\\] \\[[^\\]]*\\] \\[([^\\]]*)\\].*?\\[\\[\\s*(.*?)\\]\\]");

    private ServerLog() {
    }

    /**
     * The records about job {@code id} once {@code until} holds for them: the server writes
     * its log from a queue, a moment after the event. Gives up after ten seconds and returns
     * what there is, for the caller's assertion to say what is missing.
     */
    static List<Entry> aboutJob(long id, Predicate<List<Entry>> until) throws InterruptedException {
        List<Entry> found = aboutJob(id);
        for (int i = 0; i < 40 && !until.test(found); i++) {
            Thread.sleep(250);
            found = aboutJob(id);
        }
        return found;
    }

    /** Every record of the current file whose message mentions job {@code id} ("job 12 ", "job 12:"). */
    static List<Entry> aboutJob(long id) {
        Pattern job = Pattern.compile("\\bjob " + id + "\\b");
        return entries().stream().filter(e -> job.matcher(e.message()).find()).toList();
    }

    static List<Entry> entries() {
        String text;
        try {
            text = Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("no server log at " + FILE, e);
        }
        List<Entry> entries = new ArrayList<>();
        Matcher m = RECORD.matcher(text);
        while (m.find()) {
            entries.add(new Entry(m.group(1), m.group(2), m.group(3)));
        }
        return entries;
    }
}
