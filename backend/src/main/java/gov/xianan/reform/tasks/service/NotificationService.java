package gov.xianan.reform.tasks.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.departments.Department;
import gov.xianan.reform.tasks.Notification;
import gov.xianan.reform.tasks.NotificationKind;
import gov.xianan.reform.tasks.ReformTask;
import gov.xianan.reform.tasks.mapping.TaskDtos.NotificationPage;
import gov.xianan.reform.tasks.mapping.TaskDtos.NotificationResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** In-app notifications: raised by the task rules, read by a department's users, read state per user. */
@ApplicationScoped
public class NotificationService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    TaskScope scope;

    /** A notification for all users of the department. */
    public void notify(Department department, NotificationKind kind, ReformTask task, String text) {
        Notification n = new Notification();
        n.department = department;
        n.kind = kind;
        n.task = task;
        n.text = text;
        n.createdAt = Instant.now(clock);
        n.demo = task != null && task.demo;
        n.persist();
    }

    /**
     * A REMINDER or OVERDUE notification, raised at most once per task, kind and department (a
     * unique index decides, so concurrent checks cannot raise it twice). True when it was new.
     */
    public boolean notifyOnce(Department department, NotificationKind kind, ReformTask task, String text) {
        int inserted = em.createNativeQuery("insert into notification (department_id, kind, task_id, text, created_at, demo) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (task_id, kind, department_id) where kind in ('REMINDER', 'OVERDUE') do nothing")
                .setParameter(1, department.id).setParameter(2, kind.name()).setParameter(3, task.id).setParameter(4, text)
                .setParameter(5, Instant.now(clock)).setParameter(6, task.demo)
                .executeUpdate();
        return inserted > 0;
    }

    private static final String MINE = "from notification n where n.department_id = :dept and (n.username is null or n.username = :user)";

    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationPage list(PageQuery page, boolean unreadOnly) {
        Long dept = scope.department().map(d -> d.id).orElse(null);
        if (dept == null) {
            return new NotificationPage(List.of(), 0, page.pageNumber(), page.pageSize(), 0);
        }
        String me = user.username();
        String unread = " and not exists (select 1 from notification_read r where r.notification_id = n.id and r.username = :user)";
        String where = MINE + (unreadOnly ? unread : "");
        long total = ((Number) em.createNativeQuery("select count(*) " + where).setParameter("dept", dept).setParameter("user", me)
                .getSingleResult()).longValue();
        long unreadCount = ((Number) em.createNativeQuery("select count(*) " + MINE + unread).setParameter("dept", dept)
                .setParameter("user", me).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select n.id, n.kind, n.task_id, t.title, n.text, n.created_at, r.read_at "
                + where.replace("from notification n", "from notification n left join reform_task t on t.id = n.task_id "
                        + "left join notification_read r on r.notification_id = n.id and r.username = :user")
                + " order by n.created_at desc, n.id desc")
                .setParameter("dept", dept).setParameter("user", me)
                .setFirstResult(page.pageNumber() * page.pageSize()).setMaxResults(page.pageSize())
                .getResultList();
        List<NotificationResponse> items = rows.stream().map(r -> new NotificationResponse(((Number) r[0]).longValue(),
                NotificationKind.valueOf((String) r[1]), r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3], (String) r[4],
                toInstant(r[5]), toInstant(r[6]), r[6] != null)).toList();
        return new NotificationPage(items, total, page.pageNumber(), page.pageSize(), unreadCount);
    }

    private static Instant toInstant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + o.getClass());
    }

    /** Marks one of the caller's notifications read; someone else's answers 404. */
    @Transactional
    public void markRead(long id) {
        Long dept = scope.department().map(d -> d.id).orElse(null);
        Notification n = Notification.findById(id);
        if (n == null || dept == null || !n.department.id.equals(dept) || (n.username != null && !n.username.equals(user.username()))) {
            throw ProblemException.notFound("通知不存在: " + id);
        }
        em.createNativeQuery("insert into notification_read (notification_id, username, read_at) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, id).setParameter(2, user.username()).setParameter(3, Instant.now(clock)).executeUpdate();
    }

    /** Marks all of the caller's notifications read; answers how many were unread. */
    @Transactional
    public int markAllRead() {
        Long dept = scope.department().map(d -> d.id).orElse(null);
        if (dept == null) {
            return 0;
        }
        return em.createNativeQuery("insert into notification_read (notification_id, username, read_at) select n.id, :user, :now "
                + MINE + " on conflict do nothing")
                .setParameter("dept", dept).setParameter("user", user.username()).setParameter("now", Instant.now(clock))
                .executeUpdate();
    }
}
