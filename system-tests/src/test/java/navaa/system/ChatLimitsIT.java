package navaa.system;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static navaa.system.Checks.chatError;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Doc 004's per-user limits: every chat and message creation checked, with the documented reasons, also under concurrent requests. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatLimitsIT {

    private static ModelStandIn model;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @BeforeAll
    static void startModel() {
        model = ModelStandIn.start();
    }

    @AfterAll
    static void stopModel() {
        model.close();
    }

    @Test
    void maxChatsRefusesTheNextChatWithTheReason() {
        ChatSessions.User user = ChatSessions.user("\"maxChats\":2");
        String first = user.newChat("one");
        user.newChat("two");

        chatError(user.createChat("three", "Accept-Language", "fa"), 403, "CHAT_LIMIT_REACHED", "تعداد چت‌ها به حد مجاز رسیده");
        chatError(user.createChat("three"), 403, "CHAT_LIMIT_REACHED", "The number of chats has reached the limit.");
        // a quota: deleting a chat does not give its place back
        assertEquals(200, user.http().delete("/api/chats/" + first).status());
        chatError(user.createChat("three"), 403, "CHAT_LIMIT_REACHED", null);
        assertEquals(2, user.stats().getInt("totalChats"));

        // the admin raises the limit: the next one is allowed
        assertEquals(200, Accounts.admin().putJson("/api/admin/users/" + user.username(), "{\"maxChats\":3}").status());
        user.newChat("three");
        chatError(user.createChat("four"), 403, "CHAT_LIMIT_REACHED", null);
    }

    @Test
    void maxMessagesPerChatCountsTheUsersMessagesInThatChat() {
        ChatSessions.User user = ChatSessions.user("\"maxMessagesPerChat\":2");
        String chat = user.newChat("short");
        assertEquals(200, user.send(chat, "one").status());
        assertEquals(200, user.send(chat, "two").status());

        chatError(user.send(chat, "three", "Accept-Language", "fa"), 403, "MESSAGE_LIMIT_REACHED", "تعداد پیام‌ها در این چت به حد مجاز رسیده");
        chatError(user.send(chat, "three"), 403, "MESSAGE_LIMIT_REACHED", "The number of messages in this chat has reached the limit.");
        assertEquals(4, user.chat(chat).getJsonArray("messages").size(), "the refused message was not stored");
        assertEquals(2, user.stats().getInt("totalMessages"));

        // the limit is per chat
        String another = user.newChat("another");
        assertEquals(200, user.send(another, "one").status());
    }

    @Test
    void anInactiveOrExpiredUserIsRefusedWithTheReason() {
        Http admin = Accounts.admin();
        ChatSessions.User user = ChatSessions.user(null);
        String chat = user.newChat("before");

        assertEquals(200, admin.putJson("/api/admin/users/" + user.username(), "{\"isActive\":false}").status());
        chatError(user.createChat("after", "Accept-Language", "fa"), 403, "ACCOUNT_INACTIVE", "حساب کاربری غیرفعال است");
        chatError(user.send(chat, "hello"), 403, "ACCOUNT_INACTIVE", "The user account is inactive.");
        chatError(user.http().get("/api/chats"), 403, "ACCOUNT_INACTIVE", null);

        String yesterday = LocalDate.now().minusDays(1).toString();
        assertEquals(200, admin.putJson("/api/admin/users/" + user.username(), "{\"isActive\":true,\"expiryDate\":\"" + yesterday + "\"}").status());
        chatError(user.createChat("after", "Accept-Language", "fa"), 403, "ACCOUNT_EXPIRED", "حساب کاربری منقضی شده است");
        chatError(user.send(chat, "hello"), 403, "ACCOUNT_EXPIRED", "The user account has expired.");

        assertEquals(200, admin.putJson("/api/admin/users/" + user.username(), "{\"expiryDate\":\"" + LocalDate.now() + "\"}").status());
        assertEquals(200, user.send(chat, "the expiry date is the last day that works").status());
    }

    @Test
    void tenConcurrentChatCreationsWithMaxChats3CreateExactlyThree() throws Exception {
        ChatSessions.User user = ChatSessions.user("\"maxChats\":3");

        Map<Integer, Long> statuses = concurrently(10, i -> user.createChat("parallel " + i).status());

        assertEquals(Map.of(201, 3L, 403, 7L), statuses);
        assertEquals(3, user.http().get("/api/chats").array().size());
        assertEquals(3, user.stats().getInt("totalChats"));
    }

    @Test
    void concurrentMessagesStopAtMaxMessagesPerChat() throws Exception {
        ChatSessions.User user = ChatSessions.user("\"maxMessagesPerChat\":3");
        String chat = user.newChat("parallel");

        Map<Integer, Long> statuses = concurrently(8, i -> user.send(chat, "question " + i).status());

        assertEquals(Map.of(200, 3L, 403, 5L), statuses);
        assertEquals(6, user.chat(chat).getJsonArray("messages").size());
        assertEquals(3, user.stats().getInt("totalMessages"));
    }

    /** Runs n requests at once (released together) and counts their statuses. */
    private static Map<Integer, Long> concurrently(int n, Function<Integer, Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Integer> call = () -> {
                    start.await();
                    return request.apply(index);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }
}
