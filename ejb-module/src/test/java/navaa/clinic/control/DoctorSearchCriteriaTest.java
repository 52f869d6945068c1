package navaa.clinic.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DoctorSearchCriteriaTest {

    @Test
    void everyDocumentedParameterIsRead() {
        DoctorSearchCriteria.Result read = DoctorSearchCriteria.read(Map.of("q", " رضایی ", "specialty", "cardiology", "city", "تهران",
                "gender", "female", "online_available", "true", "insurance_accepted", "ایران", "min_rating", "4.5",
                "sort_by", "price", "page", "3"));
        assertEquals(Map.of(), read.errors());
        assertEquals(new DoctorSearchCriteria("رضایی", "cardiology", "تهران", "female", true, "ایران", new BigDecimal("4.5"),
                DoctorSort.PRICE, 3, 20), read.criteria());
        assertEquals(40, read.criteria().offset());
    }

    @Test
    void nothingSentIsTheFirstPageOfEveryDoctor() {
        DoctorSearchCriteria criteria = DoctorSearchCriteria.read(Map.of("q", "", "page_size", "5")).criteria();
        assertNull(criteria.text());
        assertNull(criteria.sort());
        assertEquals(1, criteria.page());
        assertEquals(5, criteria.pageSize());
        assertEquals(0, criteria.offset());
    }

    @Test
    void wrongValuesAreNamed() {
        DoctorSearchCriteria.Result read = DoctorSearchCriteria.read(Map.of("gender", "other", "online_available", "maybe",
                "min_rating", "6", "sort_by", "name", "page", "0", "page_size", "101", "q", "x".repeat(101)));
        assertEquals(Set.of("gender", "online_available", "min_rating", "sort_by", "page", "page_size", "q"), read.errors().keySet());
        assertEquals("field.sortBy", read.errors().get("sort_by").key());
        assertEquals(Set.of("min_rating"), DoctorSearchCriteria.read(Map.of("min_rating", "0.5")).errors().keySet());
        assertEquals(Set.of("page"), DoctorSearchCriteria.read(Map.of("page", "abc")).errors().keySet());
    }
}
