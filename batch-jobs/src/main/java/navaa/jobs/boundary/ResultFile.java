package navaa.jobs.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import navaa.jobs.control.OwnerOnly;

/**
 * What an analysis step found (a speaker extraction's kept regions and score), kept in the
 * job's work folder so that the steps after it, and a resumed execution, read it instead of
 * analysing again; the encode step merges it into the job's result.
 */
final class ResultFile {

    private final Path file;

    ResultFile(Path workFolder) {
        this.file = workFolder.resolve("analysis.json");
    }

    boolean exists() {
        return Files.exists(file);
    }

    JsonObject read() {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonReader json = Json.createReader(in)) {
            return json.readObject();
        } catch (NoSuchFileException e) {
            return JsonObject.EMPTY_JSON_OBJECT;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Written aside and renamed, so a crash leaves no half of it. */
    void write(JsonObject result) {
        Path aside = file.resolveSibling(file.getFileName() + ".new");
        try {
            OwnerOnly.directories(file.getParent());
            OwnerOnly.writeString(aside, result.toString(), StandardCharsets.UTF_8);
            Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
