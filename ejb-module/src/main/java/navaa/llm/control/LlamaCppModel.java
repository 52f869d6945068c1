package navaa.llm.control;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * llama.cpp in this JVM (java-llama.cpp) with the customer's GGUF file, its own chat
 * template applied. One context, so one completion at a time; a caller waits for its turn
 * within the same timeout that bounds the generation.
 */
public final class LlamaCppModel implements LanguageModel {

    private final LlamaModel model;
    private final int maxReplyTokens;
    private final Duration timeout;
    private final ReentrantLock turn = new ReentrantLock(true);

    private LlamaCppModel(LlamaModel model, int maxReplyTokens, Duration timeout) {
        this.model = model;
        this.maxReplyTokens = maxReplyTokens;
        this.timeout = timeout;
    }

    /**
     * @param contextTokens the context llama.cpp allocates: the prompt budget plus the reply
     * @param threads CPU threads for generation
     * @throws LanguageModelException {@code SETTINGS_INVALID} when the file is not a usable model
     */
    public static LlamaCppModel load(Path gguf, int contextTokens, int maxReplyTokens, Duration timeout, int threads) {
        GgufFile.check(gguf);
        ModelParameters parameters = new ModelParameters()
                .setModel(gguf.toString())
                .setCtxSize(contextTokens)
                .setThreads(threads)
                .setParallel(1)
                .disableLog();
        try {
            return new LlamaCppModel(new LlamaModel(parameters), maxReplyTokens, timeout);
        } catch (UnsatisfiedLinkError e) {
            throw new LanguageModelException(LanguageModelException.Reason.SETTINGS_INVALID,
                    "llama.cpp's native library does not load on this server: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // LlamaException is package-private: a model llama.cpp refuses arrives as this
            throw new LanguageModelException(LanguageModelException.Reason.SETTINGS_INVALID,
                    "llama.cpp cannot load " + gguf + " (" + GgufFile.SETTING + "): " + e.getMessage(), e);
        }
    }

    @Override
    public String complete(List<ChatTurn> conversation) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!turn.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw timedOut();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LanguageModelException(LanguageModelException.Reason.FAILED, "interrupted while waiting for the model", e);
        }
        try {
            return generate(conversation, deadline);
        } catch (LanguageModelException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new LanguageModelException(LanguageModelException.Reason.FAILED, "llama.cpp failed: " + e.getMessage(), e);
        } finally {
            turn.unlock();
        }
    }

    private String generate(List<ChatTurn> conversation, long deadline) {
        String system = null;
        List<Pair<String, String>> messages = new ArrayList<>();
        for (ChatTurn t : conversation) {
            if (t.role() == ChatTurn.Role.SYSTEM) {
                system = t.content();
            } else {
                messages.add(new Pair<>(t.role().wire(), t.content()));
            }
        }
        InferenceParameters request = new InferenceParameters("")
                .setMessages(system, messages)
                .setUseChatTemplate(true)
                .setNPredict(maxReplyTokens);
        StringBuilder reply = new StringBuilder();
        LlamaIterator tokens = model.generate(request).iterator();
        while (tokens.hasNext()) {
            reply.append(tokens.next().text);
            if (System.nanoTime() > deadline) {
                tokens.cancel();
                throw timedOut();
            }
        }
        return reply.toString().strip();
    }

    private LanguageModelException timedOut() {
        return new LanguageModelException(LanguageModelException.Reason.TIMEOUT,
                "llama.cpp did not finish within " + timeout.toSeconds() + " s");
    }

    @Override
    public void close() {
        model.close();
    }
}
