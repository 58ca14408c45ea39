package org.masswork.evaluation.figures;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;

/** {@code GET /api/v1/work-figures} as a test asks it. */
final class FiguresRequests {

    private FiguresRequests() {
    }

    /** The figures of the days from–to, both included, grouped, then narrowed by name/value pairs ("townshipId", id, ...). */
    static ValidatableResponse get(String token, LocalDate from, LocalDate to, String groupBy, Object... narrowing) {
        RequestSpecification request = given().auth().oauth2(token).queryParam("from", from.toString())
                .queryParam("to", to.toString()).queryParam("groupBy", groupBy);
        for (int i = 0; i < narrowing.length; i += 2) {
            request.queryParam((String) narrowing[i], narrowing[i + 1].toString());
        }
        return request.when().get("/api/v1/work-figures").then();
    }
}
