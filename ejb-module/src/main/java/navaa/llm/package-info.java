/**
 * Language models behind one interface ({@code control.LanguageModel}), chosen by
 * configuration: an OpenAI-compatible chat-completions server (vLLM, llama.cpp's server,
 * Ollama, ...) or llama.cpp in process with a customer's GGUF file. Shared by every feature
 * that needs a model to write text (today doc 004's chat). Not the conversations
 * themselves: what is stored, and the limits on it, belong to the feature that asks.
 */
package navaa.llm;
