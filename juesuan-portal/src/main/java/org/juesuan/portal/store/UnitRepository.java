package org.juesuan.portal.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Regions and units (地区与单位): found by name, created when first met.
 *
 * <p>Thread-safe; runs in the caller's transaction, if any.
 */
@Component
public final class UnitRepository {

    private final JdbcClient jdbc;

    /** Creates the repository over a JDBC client. */
    public UnitRepository(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /** Returns the id of the region of this full name, creating it if there is none. */
    public long region(String name) {
        Optional<Long> found = jdbc.sql("SELECT id FROM regions WHERE name = ?")
                .param(name)
                .query(Long.class)
                .optional();
        if (found.isPresent()) {
            return found.get();
        }
        return insert(jdbc.sql("INSERT INTO regions (name) VALUES (?)").param(name));
    }

    /**
     * Returns the id of the unit of this name in the region, creating it if there is none.
     *
     * @param level the level of government, as in the dataset (中央, 省, 市, 区, 县)
     */
    public long unit(long regionId, String name, String shortName, String level) {
        Optional<Long> found = jdbc.sql("SELECT id FROM units WHERE region_id = ? AND name = ?")
                .params(regionId, name)
                .query(Long.class)
                .optional();
        if (found.isPresent()) {
            return found.get();
        }
        return insert(jdbc.sql("INSERT INTO units (name, short_name, gov_level, region_id) VALUES (?, ?, ?, ?)")
                .params(name, shortName, level, regionId));
    }

    /** Returns the name of a unit, if there is one of that id. */
    public Optional<String> unitName(long unitId) {
        return jdbc.sql("SELECT name FROM units WHERE id = ?")
                .param(unitId)
                .query(String.class)
                .optional();
    }

    /** Returns every region, by name. */
    public List<Region> regions() {
        return jdbc.sql("SELECT id, name FROM regions ORDER BY name")
                .query((row, n) -> new Region(row.getLong("id"), row.getString("name")))
                .list();
    }

    /** Returns every unit, by region and name. */
    public List<Unit> units() {
        return jdbc.sql("SELECT u.id, u.name, r.id AS region_id, r.name AS region_name FROM units u"
                        + " JOIN regions r ON r.id = u.region_id ORDER BY r.name, u.name")
                .query((row, n) -> new Unit(
                        row.getLong("id"),
                        row.getString("name"),
                        row.getLong("region_id"),
                        row.getString("region_name")))
                .list();
    }

    /** Returns the units that have at least one published version, by region and name. */
    public List<PublishedUnit> publishedUnits() {
        return jdbc.sql("SELECT u.id, u.name, u.gov_level, r.name AS region_name FROM units u"
                        + " JOIN regions r ON r.id = u.region_id WHERE EXISTS (SELECT 1 FROM documents d"
                        + " JOIN versions v ON v.document_id = d.id WHERE d.unit_id = u.id AND v.state = 'PUBLISHED')"
                        + " ORDER BY r.name, u.name")
                .query((row, n) -> new PublishedUnit(
                        row.getLong("id"),
                        row.getString("name"),
                        row.getString("gov_level"),
                        row.getString("region_name")))
                .list();
    }

    /**
     * A unit that has published (已公开单位), as the open data lists it.
     *
     * @param id its id
     * @param name its full name
     * @param level its level of government (中央, 省, 市, 区, 县)
     * @param region its region's full name
     */
    public record PublishedUnit(long id, String name, String level, String region) {}

    /**
     * A region (地区).
     *
     * @param id its id
     * @param name its full name
     */
    public record Region(long id, String name) {}

    /**
     * A unit (单位) with its region.
     *
     * @param id its id
     * @param name its full name
     * @param regionId its region's id
     * @param regionName its region's full name
     */
    public record Unit(long id, String name, long regionId, String regionName) {}

    /** Runs an INSERT and returns the generated {@code id}. */
    static long insert(JdbcClient.StatementSpec statement) {
        KeyHolder keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        @Nullable Number id = keys.getKeyAs(Number.class);
        if (id == null) {
            throw new IllegalStateException("the database returned no generated id");
        }
        return id.longValue();
    }
}
