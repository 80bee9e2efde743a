package de.sozialraum.platform.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteError;
import com.mongodb.client.MongoCollection;

/**
 * Writes that a unique index may refuse because what they write is there already — a redelivered event, a second
 * instance doing the same work, a lock held elsewhere. One place to tell that refusal from a real failure.
 */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /** Whether the write was refused by a unique index (MongoDB error 11000, "E11000 duplicate key"). */
    public static boolean isDuplicateKey(WriteError error) {
        return ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY;
    }

    /** Whether the exception is a write a unique index refused. */
    public static boolean isDuplicateKey(Exception e) {
        return e instanceof MongoWriteException write && isDuplicateKey(write.getError());
    }

    /** Inserts {@code document}; {@code false} if a unique index already holds one with the same key. Other failures are thrown. */
    public static <T> boolean insertOnce(MongoCollection<T> collection, T document) {
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            return false;
        }
    }
}
