package navaa.system;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static navaa.system.AudioFiles.awaitCompleted;
import static navaa.system.AudioFiles.fileId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, section 4: what the server keeps of a job (the upload, the work files, the
 * outputs, a diarization's voice and result files) is its owner's only, folders 700 and
 * files 600. The test domain's server runs with the umask Maven has (022), so this checks
 * the application's own file handling, not the launcher's umask.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OwnerOnlyDataIT {

    private static final Path DATA = Path.of(System.getProperty("navaa.it.dataDir", "target/it-data"));
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    @TempDir
    static Path folder;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @Test
    void aJobsFilesAndFoldersAreTheOwnersOnly() throws Exception {
        Http http = AudioFiles.user();
        Path speech = Recordings.speech(folder, "private-consultation.wav",
                "This recording is private and only the server's own account may read it.", 0.3, 16_000, 1);
        long boost = fileId(http.postMultipart("/api/boost/upload/", Map.of("boost_level", "2x"), Map.of("audio_file", speech)));
        awaitCompleted(http, "/api/boost/files/" + boost + "/status/");
        Http.Reply diarization = http.postMultipart("/api/diarization/jobs/", Map.of("output_formats", "json,srt"), Map.of("audio_file", speech));
        assertEquals(202, diarization.status(), diarization::toString);
        long job = diarization.json().getJsonNumber("id").longValue();
        JsonObject done = AudioFiles.awaitFinished(http, "/api/diarization/jobs/" + job + "/");
        assertEquals("completed", done.getString("status"), done::toString);

        List<Path> uploads = AudioFiles.stored("private-consultation.wav");
        assertTrue(uploads.size() >= 2, "both jobs' uploads are kept: " + uploads);
        for (Path path : List.of(DATA.resolve("media/outputs").resolve(Long.toString(boost)), DATA.resolve("work").resolve(Long.toString(job)))) {
            assertTrue(Files.isDirectory(path), path + " is where the job's files are");
            try (Stream<Path> files = Files.list(path)) {
                assertFalse(files.toList().isEmpty(), path + " holds the job's files");
            }
        }

        List<String> open;
        try (Stream<Path> everything = Files.walk(DATA)) {
            open = everything.filter(p -> !Files.isSymbolicLink(p)).filter(OwnerOnlyDataIT::readableByOthers)
                    .map(p -> mode(p) + " " + DATA.relativize(p)).toList();
        }
        assertTrue(open.isEmpty(), "readable by others than the server's account: " + open);
    }

    private static boolean readableByOthers(Path path) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            permissions.retainAll(OTHERS);
            return !permissions.isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String mode(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
