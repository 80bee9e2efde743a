package de.sozialraum.coordination.department;

import com.mongodb.client.MongoDatabase;
import de.sozialraum.coordination.department.messaging.DepartmentCatalogueListener;
import de.sozialraum.coordination.department.persistence.MongoDepartmentCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DepartmentCatalogueConfiguration {

    @Bean
    MongoDepartmentCatalogue departmentCatalogue(MongoDatabase serviceDatabase) {
        return new MongoDepartmentCatalogue(serviceDatabase);
    }

    @Bean
    DepartmentCatalogueListener departmentCatalogueListener(MongoDepartmentCatalogue catalogue) {
        return new DepartmentCatalogueListener(catalogue);
    }
}
