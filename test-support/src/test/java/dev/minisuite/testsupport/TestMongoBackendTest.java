package dev.minisuite.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class TestMongoBackendTest {

    @Test
    void sharedBackendStoresAndReadsDocuments() {
        TestMongoBackend backend = TestMongoBackend.shared();

        try (MongoClient client = MongoClients.create(backend.connectionString())) {
            MongoCollection<Document> collection = client.getDatabase("test").getCollection("backend_check");
            collection.drop();
            collection.insertOne(new Document("name", "probe"));

            assertThat(collection.countDocuments(new Document("name", "probe"))).isEqualTo(1);
        }
    }

    @Test
    void sharedBackendIsStartedOnce() {
        assertThat(TestMongoBackend.shared()).isSameAs(TestMongoBackend.shared());
    }

    @Test
    void unknownSelectorIsRejected() {
        System.setProperty(TestMongoBackend.SELECTOR, "mongo-in-the-cloud");
        try {
            org.assertj.core.api.Assertions.assertThatIllegalStateException()
                    .isThrownBy(TestMongoBackend::chooseKind)
                    .withMessageContaining("auto, container or embedded");
        }
        finally {
            System.clearProperty(TestMongoBackend.SELECTOR);
        }
    }
}
