package navaa.jobs.control;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.IntConsumer;

/**
 * A file copied into a {@code .part} that a run after a crash continues: the part is forced to
 * disk after every piece, so what it holds was copied, and a new run goes on from its length. A
 * part longer than the source (the source changed) is started again. The part is owner-only.
 */
public final class ResumableCopy {

    static final long PIECE = 8L << 20;

    private ResumableCopy() {
    }

    /** Where a copy of a {@code total}-byte source into {@code part} continues. */
    public static long resumeAt(Path part, long total) throws IOException {
        if (!Files.isRegularFile(part)) {
            return 0;
        }
        long length = Files.size(part);
        return length <= total ? length : 0;
    }

    /**
     * Copies {@code source} from byte {@code from} to its end into {@code part}, cut to {@code from}
     * first, telling the percent done of the whole after each piece.
     *
     * @return the bytes copied by this call
     * @throws JobFailureException INPUT_UNREADABLE when the source ends early (it shrank while copied)
     */
    public static long copy(Path source, Path part, long from, IntConsumer percent) throws IOException {
        long total = Files.size(source);
        if (from > total) {
            throw new JobFailureException(JobFailure.INPUT_UNREADABLE, source + " shrank below what was copied of it");
        }
        long at = from;
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
             FileChannel out = OwnerOnly.open(part, StandardOpenOption.CREATE)) {
            out.truncate(from);
            out.position(from);
            while (at < total) {
                long moved = in.transferTo(at, Math.min(PIECE, total - at), out);
                if (moved <= 0) {
                    throw new JobFailureException(JobFailure.INPUT_UNREADABLE, source + " shrank while it was copied");
                }
                at += moved;
                out.force(false);
                percent.accept((int) (at * 100 / Math.max(1, total)));
            }
        }
        return at - from;
    }
}
