package navaa.llm.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import navaa.llm.control.ChatTurn;
import navaa.llm.control.LanguageModel;
import navaa.llm.control.LanguageModelException;
import navaa.llm.control.LlmSettings;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server's language model, as configured (NAVAA_LLM_*). Not an EJB and outside any
 * transaction on purpose: a reply can take a minute, and no database lock or connection
 * may be held that long. The provider is opened on first use and kept (a GGUF model is
 * gigabytes); calls to an OpenAI-compatible server run in parallel.
 */
@ApplicationScoped
public class LanguageModels {

    private static final Logger LOG = Logger.getLogger(LanguageModels.class.getName());

    private LanguageModel opened;

    /**
     * The assistant's reply to a chat's newest user message.
     *
     * @param history the chat's messages, oldest first, the user's new message last
     * @throws NavaaException 500 with the LLM_* code saying which setting to look at
     */
    public String reply(List<ChatTurn> history) {
        LlmSettings settings = settings();
        try {
            return provider(settings).complete(settings.contextWindow().fit(history));
        } catch (LanguageModelException e) {
            LOG.log(e.reason() == LanguageModelException.Reason.NOT_CONFIGURED ? Level.FINE : Level.WARNING,
                    "no reply from {0}: {1}", new Object[]{settings.describe(), e.getMessage()});
            throw refusal(e, settings);
        }
    }

    LlmSettings settings() {
        Config config = ConfigProvider.getConfig();
        return LlmSettings.read(name -> config.getOptionalValue(name, String.class));
    }

    private synchronized LanguageModel provider(LlmSettings settings) {
        if (opened == null) {
            opened = settings.open();
            LOG.log(Level.INFO, "replies come from {0}", settings.describe());
        }
        return opened;
    }

    private static NavaaException refusal(LanguageModelException e, LlmSettings settings) {
        return switch (e.reason()) {
            case NOT_CONFIGURED -> new NavaaException(ErrorCode.LLM_NOT_CONFIGURED);
            case SETTINGS_INVALID -> new NavaaException(ErrorCode.LLM_SETTINGS_INVALID, e.getMessage());
            case UNREACHABLE -> new NavaaException(ErrorCode.LLM_UNREACHABLE, e.getMessage());
            case TIMEOUT -> new NavaaException(ErrorCode.LLM_TIMEOUT, String.valueOf(settings.timeoutSeconds()));
            case FAILED -> new NavaaException(ErrorCode.LLM_FAILED, e.getMessage());
        };
    }

    @PreDestroy
    synchronized void close() {
        if (opened != null) {
            opened.close();
            opened = null;
        }
    }
}
