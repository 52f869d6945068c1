package navaa.platform.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SnakeCaseColumnsTest {

    @Test
    void camelCaseFieldsBecomeTheMigrationsColumnNames() {
        assertEquals("created_at", SnakeCaseColumns.snakeCase("createdAt"));
        assertEquals("max_messages_per_chat", SnakeCaseColumns.snakeCase("maxMessagesPerChat"));
        assertEquals("progress", SnakeCaseColumns.snakeCase("progress"));
    }
}
