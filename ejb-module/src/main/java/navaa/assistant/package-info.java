/**
 * Doc 004's AI chat: a user's chats and their messages, the per-user limits on them
 * ({@code maxChats}, {@code maxMessagesPerChat}, checked under a lock on the account so they
 * hold under concurrent requests) and the stats they feed. The replies come from
 * {@code navaa.llm}; the accounts, their limits' values and the logins from
 * {@code navaa.identity}.
 */
package navaa.assistant;
