package de.sozialraum.coordination.sozialraum;

import com.mongodb.client.MongoClient;
import de.sozialraum.coordination.sozialraum.messaging.SozialraumDirectoryListener;
import de.sozialraum.coordination.sozialraum.persistence.MongoSozialraumDirectory;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SozialraumDirectoryConfiguration {

    @Bean
    MongoSozialraumDirectory sozialraumDirectory(MongoClient client, MongoProperties properties) {
        return new MongoSozialraumDirectory(client.getDatabase(properties.getMongoClientDatabase()));
    }

    @Bean
    SozialraumDirectoryListener sozialraumDirectoryListener(MongoSozialraumDirectory directory) {
        return new SozialraumDirectoryListener(directory);
    }
}
