package de.sozialraum.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

/**
 * A whole service against the real broker and store of {@link TestStores}, with its own database and
 * topic, driven over HTTP with MockMvc. Test classes with the same attributes share one context
 * (Spring's context cache) and so one database and topic: assert on the ids a test created itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = {TestStores.Initializer.class, TestTokens.Initializer.class})
public @interface ServiceIntegrationTest {

    /** Further properties for the service under test. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
