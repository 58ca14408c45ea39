package org.masswork.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceCacheTest {

    private record Station(String id, String county) {
    }

    private static final List<Station> STATIONS = List.of(new Station("s1", "c1"), new Station("s2", "c1"),
            new Station("s3", "c1"), new Station("s4", "c2"));

    private final List<String> queries = new ArrayList<>();
    private final ReferenceCache<String, Station> cache = new ReferenceCache<>(Duration.ofHours(1), 100);

    @Test
    void shouldKeepTheWholeGroupOfAMissSoItsOtherMembersAskNothing() {
        assertThat(find("s2")).contains(new Station("s2", "c1"));
        assertThat(find("s1")).contains(new Station("s1", "c1"));
        assertThat(find("s3")).contains(new Station("s3", "c1"));

        assertThat(queries).containsExactly("s2");
    }

    @Test
    void shouldAskAgainForAMemberOfAnotherGroup() {
        find("s1");
        assertThat(find("s4")).contains(new Station("s4", "c2"));

        assertThat(queries).containsExactly("s1", "s4");
    }

    @Test
    void shouldNeverKeepAMissSoAKeyAddedLaterIsFound() {
        assertThat(find("s9")).isEmpty();
        assertThat(find("s9")).isEmpty();

        assertThat(queries).containsExactly("s9", "s9");
    }

    @Test
    void shouldAskAgainOnceCleared() {
        find("s1");
        cache.clear();
        find("s2");

        assertThat(queries).containsExactly("s1", "s2");
    }

    @Test
    void shouldMakeRoomWhenAGroupWouldPassTheLimit() {
        ReferenceCache<String, Station> small = new ReferenceCache<>(Duration.ofHours(1), 3);
        small.getWithGroup("s1", () -> sameCountyAs("s1"), Station::id);
        small.getWithGroup("s4", () -> sameCountyAs("s4"), Station::id);
        small.getWithGroup("s2", () -> sameCountyAs("s2"), Station::id);

        assertThat(queries).containsExactly("s1", "s4", "s2");
    }

    private Optional<Station> find(String id) {
        return cache.getWithGroup(id, () -> sameCountyAs(id), Station::id);
    }

    /** As the station query: every station of the county of the one asked for, none if it is unknown. */
    private List<Station> sameCountyAs(String id) {
        queries.add(id);
        Optional<String> county = STATIONS.stream().filter(station -> station.id().equals(id)).map(Station::county).findFirst();
        return STATIONS.stream().filter(station -> county.isPresent() && station.county().equals(county.get())).toList();
    }
}
