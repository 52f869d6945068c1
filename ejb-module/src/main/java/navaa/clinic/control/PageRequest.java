package navaa.clinic.control;

import navaa.platform.control.FieldError;

import java.util.Map;
import java.util.Optional;

/** Doc 003's {@code page} (from 1) and {@code page_size} (1 to 100, default 20) of a list with no other filter. */
public record PageRequest(int page, int pageSize) {

    public record Result(PageRequest page, Map<String, FieldError> errors) {
    }

    public static Result read(Map<String, String> query) {
        QueryReader reader = new QueryReader(query);
        PageRequest page = read(reader);
        return new Result(page, reader.errors());
    }

    static PageRequest read(QueryReader reader) {
        return new PageRequest(
                Optional.ofNullable(reader.parsed("page", s -> QueryReader.number(s, Integer.MAX_VALUE), "field.page")).orElse(1),
                Optional.ofNullable(reader.parsed("page_size", s -> QueryReader.number(s, DoctorSearchCriteria.MAX_PAGE_SIZE),
                        "field.pageSize")).orElse(DoctorSearchCriteria.DEFAULT_PAGE_SIZE));
    }

    public int offset() {
        return (page - 1) * pageSize;
    }
}
