package de.sozialraum.coordination;

import static de.sozialraum.testsupport.TestTokens.as;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.testsupport.TestUser;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Creates something as the Stabsstelle once coordination knows what it refers to: planning's events reach coordination
 * asynchronously, and until then the answer is 422 and nothing is recorded — so the request is sent again until 201.
 */
public final class CreatedWhenKnown {

    private static final ObjectMapper json = new ObjectMapper();

    private CreatedWhenKnown() {
    }

    /** The body of the 201 answer, e.g. {@code {"id": …}}. */
    public static JsonNode post(MockMvc mvc, String path, String body) {
        MvcResult created = await().atMost(Duration.ofSeconds(30)).until(
                () -> mvc.perform(MockMvcRequestBuilders.post(path)
                        .with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn(),
                result -> result.getResponse().getStatus() == 201);
        try {
            return json.readTree(created.getResponse().getContentAsString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of what {@link #post} created. */
    public static String id(MockMvc mvc, String path, String body) {
        return post(mvc, path, body).get("id").asText();
    }
}
