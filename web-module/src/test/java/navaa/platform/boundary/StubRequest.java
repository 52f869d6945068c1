package navaa.platform.boundary;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;

import java.lang.reflect.Proxy;

/** A POST whose body arrives without a declared length, as a chunked upload does. */
final class StubRequest {

    private StubRequest() {
    }

    static HttpServletRequest of(String contentType, ServletInputStream body, String query) {
        return (HttpServletRequest) Proxy.newProxyInstance(StubRequest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getContentType" -> contentType;
                    case "getInputStream" -> body;
                    case "getMethod" -> "POST";
                    case "getQueryString" -> query;
                    case "getContentLength" -> -1;
                    case "getContentLengthLong" -> -1L;
                    default -> null;
                });
    }
}
