package navaa.models.diarization.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on input files before any decoding, so the message names the file and says what is wrong with it. */
final class CommandInputs {

    private CommandInputs() {
    }

    static void requireFile(Path file, String what) throws CommandFailure {
        if (!Files.exists(file)) {
            throw new CommandFailure(file + ": no such " + what + " file");
        }
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure(file + ": not a file");
        }
        if (!Files.isReadable(file)) {
            throw new CommandFailure(file + ": permission denied");
        }
    }
}
