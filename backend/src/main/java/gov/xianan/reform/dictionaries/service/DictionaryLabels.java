package gov.xianan.reform.dictionaries.service;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The dictionary's Chinese labels and the departments' names in memory, for the places that name
 * things while writing (the audit trail stamps a revision during a flush, when the session cannot
 * be queried). Read on its own connection; reloaded after a dictionary change here and at most a
 * minute late after one on another replica.
 */
@ApplicationScoped
public class DictionaryLabels {

    private static final long MAX_AGE_MILLIS = 60_000;

    @Inject
    DataSource dataSource;

    /** One item of a kind, in order: code, labels, active, behavioural. */
    public record Item(String code, String labelZh, String labelEn, boolean active, boolean behavioural) {
    }

    private record Snapshot(Map<String, String> labels, Map<String, String> departments, Map<String, java.util.List<Item>> items, long loadedAt) {
    }

    private volatile Snapshot snapshot;

    /** The Chinese label of a code, if the dictionary has the item (active or not). */
    public Optional<String> label(String kind, String code) {
        if (kind == null || code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(current().labels().get(kind + "\u0000" + code));
    }

    /** The items of a kind (active or not) in the admin's order; empty for an unknown kind. */
    public java.util.List<Item> items(String kind) {
        return current().items().getOrDefault(kind, java.util.List.of());
    }

    /** The department's Chinese name, or the code when it is unknown; null for none. */
    public String departmentName(String code) {
        return code == null ? null : current().departments().getOrDefault(code, code);
    }

    /**
     * The name of whoever acted, for rows written before names were stored or by loaders with a
     * login only: a system actor (系统（演示数据）), a service account by its client's name, else the login.
     */
    public String actorName(String login, String storedName) {
        if (storedName != null && !storedName.isBlank()) {
            return storedName;
        }
        if (login == null) {
            return null;
        }
        Optional<String> system = label("system_actor", login);
        if (system.isPresent()) {
            return system.get();
        }
        if (login.startsWith("service-account-")) {
            return label("client", login.substring("service-account-".length())).orElse(login);
        }
        return login;
    }

    /** Forgets the labels; the next read loads them again. */
    public void invalidate() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || System.currentTimeMillis() - s.loadedAt() > MAX_AGE_MILLIS) {
            s = load();
            snapshot = s;
        }
        return s;
    }

    private Snapshot load() {
        Map<String, String> labels = new HashMap<>();
        Map<String, String> departments = new HashMap<>();
        Map<String, java.util.List<Item>> items = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select kind, code, label_zh, label_en, active, behavioural from dictionary_item order by kind, sort_order, id")) {
                while (rs.next()) {
                    labels.put(rs.getString(1) + "\u0000" + rs.getString(2), rs.getString(3));
                    items.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
                            .add(new Item(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getBoolean(6)));
                }
            }
            try (ResultSet rs = st.executeQuery("select code, name from department")) {
                while (rs.next()) {
                    departments.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("dictionary labels could not be read", e);
        }
        items.replaceAll((k, v) -> java.util.List.copyOf(v));
        return new Snapshot(Map.copyOf(labels), Map.copyOf(departments), Map.copyOf(items), System.currentTimeMillis());
    }
}
