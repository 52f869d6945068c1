/**
 * Doc 004's AI chat over HTTP: {@code /api/chats}, {@code /api/chats/:chatId} and its
 * messages. The resource and the JSON shapes only: limits, storage and replies are the EJB
 * module's {@code navaa.assistant} and {@code navaa.llm}.
 */
package navaa.assistant;
