package dev.minisuite.post.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.minisuite.testsupport.MongoIntegrationTest;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexField;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Checks the index definitions that start-up sends. NOTE: the in-process mongo-java-server lists non-unique
 * indexes but does not build them, so these tests cannot show that queries use the indexes.
 */
@DataMongoTest
@MongoIntegrationTest
class PostIndexesTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    PostRepository posts;

    @BeforeEach
    void createIndexes() {
        mongo.dropCollection(Post.class);
        new PostIndexes(mongo).afterPropertiesSet();
    }

    Map<String, List<String>> indexKeys() {
        return mongo.indexOps(Post.class).getIndexInfo().stream().collect(Collectors.toMap(IndexInfo::getName,
                index -> index.getIndexFields().stream().map(PostIndexesTest::describe).toList()));
    }

    static String describe(IndexField field) {
        return field.getKey() + (field.getDirection() == Sort.Direction.DESC ? " desc" : " asc");
    }

    @Test
    void everyFilterHasIndexWithNewestFirst() {
        Map<String, List<String>> keys = indexKeys();

        assertThat(keys.get("owner_id_date_desc")).containsExactly("owner_id asc", "date desc");
        assertThat(keys.get("user_date_desc")).containsExactly("user asc", "date desc");
        assertThat(keys.get("hashtags_lower_date_desc")).containsExactly("hashtags_lower asc", "date desc");
        assertThat(keys.get("film_id_date_desc")).containsExactly("film_id asc", "date desc");
        assertThat(keys.get("date_desc")).containsExactly("date desc");
    }

    @Test
    void creatingIndexesAgainChangesNothing() {
        Map<String, List<String>> before = indexKeys();

        new PostIndexes(mongo).afterPropertiesSet();

        assertThat(indexKeys()).isEqualTo(before);
    }

    @Test
    void repositoryStoresVersionAndLowerCasedHashtags() {
        PostContent content = new PostContent("Title", "Text", List.of("Cloud"), null, null, null);
        Caller author = new Caller(new ObjectId().toHexString(), "alice", false, "token");

        Post saved = posts.insert(Post.write(content, author, Instant.parse("2024-01-31T12:00:00Z")));

        Post read = posts.findById(saved.id()).orElseThrow();
        assertThat(read.version()).isZero();
        assertThat(read.hashtagsLower()).containsExactly("cloud");
        assertThat(mongo.count(new Query(), Post.class)).isEqualTo(1);
    }
}
