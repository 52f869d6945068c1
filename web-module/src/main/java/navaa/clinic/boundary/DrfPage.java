package navaa.clinic.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.UriInfo;
import navaa.clinic.control.PageRequest;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;

import java.util.HashMap;
import java.util.Map;

/**
 * Django REST framework's page, as doc 003's lists answer: {@code count}, {@code next} and
 * {@code previous} as absolute URLs keeping the other parameters, {@code results}; a page
 * past the last is 404, as DRF answers.
 */
final class DrfPage {

    private DrfPage() {
    }

    /** The request's query parameters, the first value of each, as the lists' criteria read them. */
    static Map<String, String> query(UriInfo uri) {
        Map<String, String> query = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> query.put(name, values.get(0)));
        return query;
    }

    /** The request's {@code page} and {@code page_size}; 400 VALIDATION_ERROR naming them when bad. */
    static PageRequest request(UriInfo uri) {
        PageRequest.Result read = PageRequest.read(query(uri));
        if (!read.errors().isEmpty()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, read.errors());
        }
        return read.page();
    }

    /** The page's answer; 404 NOT_FOUND when it starts past the {@code count} results. */
    static JsonObject answer(UriInfo uri, PageRequest page, long count, JsonArray results) {
        requireExists(page.page(), page.pageSize(), count);
        return of(uri, page.page(), page.pageSize(), count, results);
    }

    /** 404 NOT_FOUND when {@code page} (from 1) starts past the {@code count} results. */
    private static void requireExists(int page, int pageSize, long count) {
        if (page > 1 && (long) (page - 1) * pageSize >= count) {
            throw NavaaException.invalid(ErrorCode.NOT_FOUND, Map.of("page", FieldError.of("field.page")));
        }
    }

    private static JsonObject of(UriInfo uri, int page, int pageSize, long count, JsonArray results) {
        return Json.createObjectBuilder()
                .add("count", count)
                .add("next", (long) page * pageSize < count ? link(uri, page + 1) : JsonValue.NULL)
                .add("previous", page > 1 ? link(uri, page - 1) : JsonValue.NULL)
                .add("results", results)
                .build();
    }

    /** This request's URL on another page; page 1 without the parameter, as DRF links it. */
    private static JsonValue link(UriInfo uri, int page) {
        var builder = uri.getRequestUriBuilder();
        return Json.createValue((page == 1 ? builder.replaceQueryParam("page") : builder.replaceQueryParam("page", page)).build().toString());
    }
}
