package navaa.models.diarization.cli;

import navaa.models.diarization.VoiceDatabase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A voice database file: exactly {@link VoiceDatabase}'s JSON, the REST export's, UTF-8. */
final class VoiceDatabaseFile {

    private VoiceDatabaseFile() {
    }

    static VoiceDatabase read(Path file) throws CommandFailure {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CommandFailure(file + ": no such voice database file (./navaa enroll makes one, the server exports one)");
        } catch (IOException e) {
            throw new CommandFailure(file + ": cannot read the voice database: " + describe(e));
        }
        try {
            return VoiceDatabase.fromJson(text);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(file + ": " + e.getMessage());
        }
    }

    /** Written beside the old file and moved over it, so a failure never leaves half a database. */
    static void write(Path file, VoiceDatabase voices) throws CommandFailure {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
            Files.writeString(temporary, voices.toJson(), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CommandFailure(file + ": cannot write the voice database: " + describe(e));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // nothing more to do about a leftover temporary file
                }
            }
        }
    }

    /** An I/O error as a reason (Java's NIO messages are often only the path). */
    static String describe(IOException e) {
        String kind = switch (e.getClass().getSimpleName()) {
            case "NoSuchFileException" -> "no such file or folder";
            case "AccessDeniedException" -> "permission denied";
            case "NotDirectoryException" -> "not a folder";
            case "FileSystemException" -> "";
            case "MalformedInputException" -> "not UTF-8 text";
            default -> "";
        };
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return kind.isEmpty() ? message : kind + " (" + message + ")";
    }
}
