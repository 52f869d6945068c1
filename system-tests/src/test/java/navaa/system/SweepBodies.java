package navaa.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The bad bodies the sweep sends to every operation that takes one: broken, oversized
 * and deeply nested JSON, JSON of the wrong types, garbage multipart uploads (random bytes
 * named .wav, empty parts, missing fields, a broken boundary) and wrong content types.
 * A fixed seed, so a failure can be sent again.
 */
final class SweepBodies {

    /** A body with its Content-Type (null: none sent). */
    record Body(String name, String contentType, byte[] bytes) {
    }

    /** The field names of every form and JSON body these APIs read. */
    private static final List<String> FILE_FIELDS = List.of("audio_file", "speaker_sample", "conversation_file",
            "target_speaker_file", "samples", "file");
    private static final List<String> TEXT_FIELDS = List.of("name", "username", "password", "boost_level", "output_type",
            "num_speakers", "voice_database_id", "expected_language", "transcribe", "window_size", "hop_size", "output_formats",
            "subject", "content", "role", "refresh", "firstName", "lastName", "email", "mobile", "isActive", "maxChats",
            "maxMessagesPerChat", "expiryDate", "description", "state");
    private static final String BOUNDARY = "sweep-boundary";

    private SweepBodies() {
    }

    static List<Body> all() {
        Random random = new Random(12);
        List<Body> bodies = new ArrayList<>();
        bodies.add(json("broken JSON", "{\"username\": "));
        bodies.add(json("unclosed JSON", "{"));
        bodies.add(json("5 MB JSON", "{\"name\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}"));
        bodies.add(json("deeply nested JSON", "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)));
        bodies.add(json("deeply nested array", "[".repeat(20_000) + "]".repeat(20_000)));
        for (String notAnObject : List.of("[1,2,3]", "\"x\"", "3", "null", "true")) {
            bodies.add(json("JSON " + notAnObject, notAnObject));
        }
        bodies.add(json("JSON of wrong types", wrongTypes("[1,{\"a\":null}]", "{\"a\":[]}", "12345678901234567890")));
        bodies.add(json("JSON of nulls", wrongTypes("null")));
        bodies.add(json("JSON of huge numbers", wrongTypes("1e999999", "-1e-999999", "99999999999999999999999")));
        bodies.add(json("JSON with NUL text", wrongTypes("\"\\u0000\"")));
        bodies.add(new Body("JSON with a bogus charset", "application/json; charset=no-such-charset", "{}".getBytes(StandardCharsets.UTF_8)));
        bodies.add(multipart("garbage .wav uploads", random, 64 * 1024, "\u0000 junk \uD83D\uDE00"));
        bodies.add(multipart("empty parts", random, 0, ""));
        bodies.add(multipart("text fields only", random, -1, "x"));
        bodies.add(new Body("multipart with a broken boundary", "multipart/form-data; boundary=" + BOUNDARY,
                "--other\r\nContent-Disposition: form-data; name=\"audio_file\"\r\n\r\nabc".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("multipart without a boundary", "multipart/form-data", "--x\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("plain text", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("XML", "application/xml", "<a><b/></a>".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("broken urlencoded", "application/x-www-form-urlencoded", "a=%zz&=&b&name=%".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("urlencoded of wrong types", "application/x-www-form-urlencoded",
                "username[]=1&password=&name=%00&num_speakers=-1&window_size=NaN&boost_level=99x&output_formats=,,"
                        .getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("random bytes as PNG", "image/png", bytes(random, 4096)));
        bodies.add(new Body("no Content-Type", null, "[1,2,3]".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("an empty body", null, new byte[0]));
        return bodies;
    }

    /** Every text field set to each of the given JSON values in turn. */
    private static String wrongTypes(String... values) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < TEXT_FIELDS.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(TEXT_FIELDS.get(i)).append("\":").append(values[i % values.length]);
        }
        return json.append('}').toString();
    }

    private static Body json(String name, String text) {
        return new Body(name, "application/json", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every file field holding {@code fileBytes} random bytes named .wav (negative: no files), every text field {@code text}. */
    private static Body multipart(String name, Random random, int fileBytes, String text) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String field : TEXT_FIELDS) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + text + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (fileBytes >= 0) {
            for (String field : FILE_FIELDS) {
                body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + field
                        + ".wav\"\r\nContent-Type: audio/wav\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.writeBytes(bytes(random, fileBytes));
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Body(name, "multipart/form-data; boundary=" + BOUNDARY, body.toByteArray());
    }

    private static byte[] bytes(Random random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
