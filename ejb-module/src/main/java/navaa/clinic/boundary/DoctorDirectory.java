package navaa.clinic.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import navaa.clinic.control.DoctorSearchCriteria;
import navaa.clinic.control.DoctorSearchQuery;
import navaa.clinic.control.DoctorView;
import navaa.clinic.entity.DoctorProfile;
import navaa.identity.entity.Account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Doc 003's doctor search: one page of matching doctors, counted and ordered by the database. */
@Stateless
public class DoctorDirectory {

    /** A page of the search and how many doctors match in all. */
    public record Page(long count, List<DoctorView> results) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DoctorViews views;

    public Page search(DoctorSearchCriteria criteria) {
        DoctorSearchQuery query = new DoctorSearchQuery(criteria, LocalDate.now());
        long count = ((Number) bound(em.createNativeQuery(query.countSql()), query.parameters()).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bound(em.createNativeQuery(query.pageSql()), query.pageParameters()).getResultList();
        if (rows.isEmpty()) {
            return new Page(count, List.of());
        }
        List<Long> ids = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        Map<Long, Account> accounts = em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Account::getId, Function.identity()));
        Map<Long, DoctorProfile> profiles = em.createNamedQuery(DoctorProfile.OF_ACCOUNTS, DoctorProfile.class)
                .setParameter("accounts", ids).getResultStream()
                .collect(Collectors.toMap(DoctorProfile::getAccountId, Function.identity()));
        List<DoctorView> results = new ArrayList<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            DoctorProfile profile = profiles.getOrDefault(id, new DoctorProfile(id));
            results.add(views.of(accounts.get(id), profile, ((Number) row[1]).doubleValue(), ((Number) row[2]).longValue()));
        }
        return new Page(count, results);
    }

    private static Query bound(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
