package org.juesuan.portal.admin;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Regions and units as administrators keep them (地区与单位维护): their names, levels, parents and each region's
 * default regional profile.
 *
 * <p>Thread-safe; runs in the caller's transaction, so a change and its audit entry stand or fall together.
 */
@Component
public final class AdminStore {

    private final JdbcClient jdbc;

    /** Creates the store over a JDBC client. */
    public AdminStore(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /** Returns every region, by name. */
    public List<Region> regions() {
        return jdbc.sql("SELECT id, name, parent_id, default_profile FROM regions ORDER BY name")
                .query((row, n) -> new Region(
                        row.getLong("id"),
                        row.getString("name"),
                        row.getObject("parent_id", Long.class),
                        row.getString("default_profile")))
                .list();
    }

    /** Returns the region of this id, if there is one. */
    public Optional<Region> region(long id) {
        return regions().stream().filter(region -> region.id() == id).findFirst();
    }

    /** Returns whether another region than {@code except} has this name. */
    public boolean regionNameTaken(String name, long except) {
        return jdbc.sql("SELECT COUNT(*) FROM regions WHERE name = ? AND id <> ?")
                        .params(name, except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Creates a region and returns its id. */
    public long createRegion(String name, @Nullable Long parentId) {
        return insert(
                jdbc.sql("INSERT INTO regions (name, parent_id) VALUES (?, ?)").params(name, parentId));
    }

    /** Changes a region's name and parent. */
    public void updateRegion(long id, String name, @Nullable Long parentId) {
        jdbc.sql("UPDATE regions SET name = ?, parent_id = ? WHERE id = ?")
                .params(name, parentId, id)
                .update();
    }

    /** Sets a region's default profile; null clears it. */
    public void setDefaultProfile(long regionId, @Nullable String profile) {
        jdbc.sql("UPDATE regions SET default_profile = ? WHERE id = ?")
                .params(profile, regionId)
                .update();
    }

    /** Returns every unit, by region and name. */
    public List<Unit> units() {
        return jdbc.sql("SELECT u.id, u.name, u.short_name, u.gov_level, u.region_id, u.parent_id FROM units u"
                        + " JOIN regions r ON r.id = u.region_id ORDER BY r.name, u.name")
                .query((row, n) -> new Unit(
                        row.getLong("id"),
                        row.getString("name"),
                        row.getString("short_name"),
                        row.getString("gov_level"),
                        row.getLong("region_id"),
                        row.getObject("parent_id", Long.class)))
                .list();
    }

    /** Returns the unit of this id, if there is one. */
    public Optional<Unit> unit(long id) {
        return units().stream().filter(unit -> unit.id() == id).findFirst();
    }

    /** Returns whether another unit than {@code except} of the region has this name. */
    public boolean unitNameTaken(long regionId, String name, long except) {
        return jdbc.sql("SELECT COUNT(*) FROM units WHERE region_id = ? AND name = ? AND id <> ?")
                        .params(regionId, name, except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Creates a unit and returns its id. */
    public long createUnit(Unit unit) {
        return insert(
                jdbc.sql("INSERT INTO units (name, short_name, gov_level, region_id, parent_id) VALUES (?, ?, ?, ?, ?)")
                        .params(unit.name(), unit.shortName(), unit.level(), unit.regionId(), unit.parentId()));
    }

    /** Changes a unit's name, short name, level, region and parent. */
    public void updateUnit(Unit unit) {
        jdbc.sql("UPDATE units SET name = ?, short_name = ?, gov_level = ?, region_id = ?, parent_id = ? WHERE id = ?")
                .params(unit.name(), unit.shortName(), unit.level(), unit.regionId(), unit.parentId(), unit.id())
                .update();
    }

    /** Deletes a unit; the caller has checked that nothing refers to it. */
    public void deleteUnit(long id) {
        jdbc.sql("DELETE FROM units WHERE id = ?").param(id).update();
    }

    /** Returns how many documents (of any year) a unit has. */
    public long documentCount(long unitId) {
        return count("SELECT COUNT(*) FROM documents WHERE unit_id = ?", unitId);
    }

    /** Returns how many users are bound to a unit. */
    public long userCount(long unitId) {
        return count("SELECT COUNT(*) FROM users WHERE unit_id = ?", unitId);
    }

    /** Returns how many units name this unit as their parent. */
    public long childCount(long unitId) {
        return count("SELECT COUNT(*) FROM units WHERE parent_id = ?", unitId);
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private static long insert(JdbcClient.StatementSpec statement) {
        KeyHolder keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        @Nullable Number id = keys.getKeyAs(Number.class);
        if (id == null) {
            throw new IllegalStateException("the database returned no generated id");
        }
        return id.longValue();
    }

    /**
     * A region (地区) as administrators keep it.
     *
     * @param id its id
     * @param name its full name
     * @param parentId the region it lies in, if any
     * @param defaultProfile the id of its default regional profile, if set
     */
    public record Region(
            long id,
            String name,
            @Nullable Long parentId,
            @Nullable String defaultProfile) {}

    /**
     * A unit (单位) as administrators keep it.
     *
     * @param id its id (0 before it is created)
     * @param name its full name
     * @param shortName its short name
     * @param level its level of government (中央, 省, 市, 区, 县)
     * @param regionId its region
     * @param parentId the unit it belongs to, if any
     */
    public record Unit(
            long id,
            String name,
            String shortName,
            String level,
            long regionId,
            @Nullable Long parentId) {}
}
