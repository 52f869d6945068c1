// 1. ورود
const loginResponse = await fetch('/api/auth/login', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({
    username: 'user123',
    password: 'password123'
  })
});

// 2. ایجاد چت
const chatResponse = await fetch('/api/chats', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({
    subject: 'سوال در مورد برنامه‌نویسی'
  })
});
const { id: chatId } = await chatResponse.json();

// 3. ارسال پیام
const messageResponse = await fetch(`/api/chats/${chatId}/messages`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({
    content: 'چطور می‌تونم یک API ایجاد کنم؟',
    role: 'user'
  })
});
