package org.masswork.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What every service's language test checks of its answers: Chinese by default and for {@code zh-CN}, English for
 * {@code en-US}, said in {@code Content-Language}; a problem whose detail repeats none of its field reasons.
 * {@code request} sends the same request with the given {@code Accept-Language} ({@code null}: none).
 */
public final class Languages {

    public static final String CHINESE = "zh-CN";
    public static final String ENGLISH = "en-US,en;q=0.9";

    private Languages() {
    }

    /**
     * The problem answered to the same bad request in each language (its title, detail and every field's reason):
     * returns the English and the Chinese body, for the caller's own checks.
     */
    public static List<JsonPath> assertProblemFollowsLanguage(Function<String, Response> request, int status) {
        JsonPath byDefault = problem(request.apply(null), status, "zh-CN");
        JsonPath chinese = problem(request.apply(CHINESE), status, "zh-CN");
        JsonPath english = problem(request.apply(ENGLISH), status, "en");
        for (JsonPath zh : List.of(byDefault, chinese)) {
            texts(zh).forEach(text -> assertTrue(hasChinese(text), "not Chinese: " + text));
        }
        texts(english).forEach(text -> assertFalse(hasChinese(text), "not English: " + text));
        assertEquals(chinese.getString("detail"), byDefault.getString("detail"));
        assertNotEquals(chinese.getString("detail"), english.getString("detail"));
        assertNotEquals(chinese.getString("title"), english.getString("title"));
        assertEquals(chinese.getString("type"), english.getString("type"));
        assertEquals(chinese.getList("errors.field"), english.getList("errors.field"));
        return List.of(english, chinese);
    }

    /** The label at {@code path} of the same answer in each language. */
    public static void assertLabelFollowsLanguage(Function<String, Response> request, String path, String chinese, String english) {
        Response byDefault = request.apply(null);
        Response zh = request.apply(CHINESE);
        Response en = request.apply(ENGLISH);
        assertEquals("zh-CN", byDefault.header("Content-Language"));
        assertEquals("zh-CN", zh.header("Content-Language"));
        assertEquals("en", en.header("Content-Language"));
        assertEquals(chinese, byDefault.jsonPath().getString(path));
        assertEquals(chinese, zh.jsonPath().getString(path));
        assertEquals(english, en.jsonPath().getString(path));
    }

    public static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static JsonPath problem(Response response, int status, String language) {
        assertEquals(status, response.statusCode(), response.asString());
        assertEquals("application/problem+json", response.contentType().split(";")[0]);
        assertEquals(language, response.header("Content-Language"));
        JsonPath body = response.jsonPath();
        reasons(body).forEach(reason -> assertNotEquals(body.getString("detail"), reason, "the detail repeats a field's reason"));
        return body;
    }

    private static List<String> texts(JsonPath problem) {
        List<String> texts = new ArrayList<>(List.of(problem.getString("title"), problem.getString("detail")));
        texts.addAll(reasons(problem));
        return texts;
    }

    private static List<String> reasons(JsonPath problem) {
        List<String> reasons = problem.getList("errors.reason", String.class);
        return reasons == null ? List.of() : reasons;
    }
}
