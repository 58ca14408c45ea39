package org.masswork.cadre.visit;

/** What the five-role figures of a month are summed per. */
public enum FiveRoleGrouping {
    CADRE("township_id, station_id, cadre_id"),
    STATION("township_id, station_id"),
    TOWNSHIP("township_id");

    /** The rollup's columns of a group: the township first, then the station, then the cadre. */
    final String columns;

    FiveRoleGrouping(String columns) {
        this.columns = columns;
    }
}
