package de.sozialraum.coordination.department.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.sozialraum.coordination.department.domain.DepartmentCatalogue;
import org.bson.Document;

/**
 * The departments of every Kommune, one document each ({@code _id} = Kommune key, "/", department key),
 * written idempotently: inserted once, never replaced, so a redelivered registration or addition cannot
 * bring back a retired department.
 */
public class MongoDepartmentCatalogue implements DepartmentCatalogue {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> departments;

    public MongoDepartmentCatalogue(MongoDatabase database) {
        this.departments = database.getCollection("known_departments");
    }

    public void rememberDepartment(String kommuneKey, String departmentKey) {
        departments.updateOne(eq("_id", id(kommuneKey, departmentKey)), Updates.combine(
                Updates.setOnInsert("kommuneKey", kommuneKey),
                Updates.setOnInsert("department", departmentKey)), UPSERT);
    }

    public void rememberRetired(String kommuneKey, String departmentKey) {
        departments.updateOne(eq("_id", id(kommuneKey, departmentKey)), Updates.set("retired", true));
    }

    @Override
    public boolean isActive(String kommuneKey, String departmentKey) {
        return departments.countDocuments(and(eq("_id", id(kommuneKey, departmentKey)), ne("retired", true))) > 0;
    }

    private static String id(String kommuneKey, String departmentKey) {
        return kommuneKey + "/" + departmentKey;
    }
}
