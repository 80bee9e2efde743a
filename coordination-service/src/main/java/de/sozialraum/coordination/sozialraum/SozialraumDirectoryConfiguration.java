package de.sozialraum.coordination.sozialraum;

import com.mongodb.client.MongoDatabase;
import de.sozialraum.coordination.sozialraum.messaging.SozialraumDirectoryListener;
import de.sozialraum.coordination.sozialraum.persistence.MongoSozialraumDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SozialraumDirectoryConfiguration {

    @Bean
    MongoSozialraumDirectory sozialraumDirectory(MongoDatabase serviceDatabase) {
        return new MongoSozialraumDirectory(serviceDatabase);
    }

    @Bean
    SozialraumDirectoryListener sozialraumDirectoryListener(MongoSozialraumDirectory directory) {
        return new SozialraumDirectoryListener(directory);
    }
}
